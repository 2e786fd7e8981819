// A temporary directory for a test, removed with everything in it when the test ends.
#pragma once

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

struct TempDir {
  std::string path;
  explicit TempDir(const std::string& name) {
    std::string tmpl = "/tmp/tollgate-" + name + "-XXXXXX";
    char* p = ::mkdtemp(tmpl.data());
    REQUIRE(p != nullptr);
    path = p;
  }
  ~TempDir() {
    // rm copes with trees deeper than PATH_MAX, which std::filesystem::remove_all does not.
    std::string cmd = "rm -rf '" + path + "'";
    if (std::system(cmd.c_str()) != 0) {
    }
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string operator/(const std::string& rel) const { return path + "/" + rel; }
  void mkdir(const std::string& rel) const {
    std::string cmd = "mkdir -p '" + path + "/" + rel + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  void write(const std::string& rel, const std::string& text) const { std::ofstream(path + "/" + rel) << text; }
};
