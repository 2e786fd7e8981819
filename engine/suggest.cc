#include "engine/suggest.h"

#include <algorithm>

namespace tollgate {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = word.size() / 3 + 1;
  for (const std::string& c : candidates)
    if (size_t d = edit_distance(word, c); d < best_d) {
      best_d = d;
      best = c;
    }
  if (!best.empty()) return best;
  size_t keep = (word.size() * 3 + 3) / 4;
  for (const std::string& c : candidates)
    if (c.size() > word.size() && c.compare(0, keep, word, 0, keep) == 0) return c;
  return "";
}

}  // namespace tollgate
