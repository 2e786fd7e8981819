// "Did you mean ...?": the nearest known word to one a user mistyped (a configuration key, a rule id).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

// Levenshtein distance: insertions, deletions and substitutions of one byte each.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`: the one fewest edits away when that is at most a third of word's length
// (a typo), else the first that starts with at least three quarters of word (a word cut short); "" when none.
std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace tollgate
