// Folder listings for the desktop open dialog, with std::filesystem's error codes (never its
// exceptions): an unreadable folder or a vanished entry becomes a message, not a crash.
#include "bundle_folder.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace br {
namespace fs = std::filesystem;
namespace {

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool ends_with_folded(std::string_view name, std::string_view suffix) {
  if (name.size() < suffix.size()) return false;
  name.remove_prefix(name.size() - suffix.size());
  return std::equal(name.begin(), name.end(), suffix.begin(),
                    [](char a, char b) { return lower(a) == b; });
}

// Case-insensitive (ASCII) name order, ties broken by the exact bytes so the order is total.
bool name_before(const FolderEntry& a, const FolderEntry& b) {
  const auto folded_less = [](char x, char y) { return lower(x) < lower(y); };
  if (std::lexicographical_compare(a.name.begin(), a.name.end(), b.name.begin(), b.name.end(),
                                   folded_less))
    return true;
  if (std::lexicographical_compare(b.name.begin(), b.name.end(), a.name.begin(), a.name.end(),
                                   folded_less))
    return false;
  return a.name < b.name;
}

std::string normalised(const fs::path& p) {
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

bool is_bundle_file_name(std::string_view name) {
  return ends_with_folded(name, ".json") || ends_with_folded(name, ".txt");
}

std::string resolve_dialog_path(std::string_view folder, std::string_view typed,
                                std::string_view home) {
  std::string text(typed);
  if (!home.empty() && (text == "~" || text.rfind("~/", 0) == 0))
    text = std::string(home) + text.substr(1);
  fs::path p{text};
  if (p.is_relative()) p = fs::path{std::string(folder)} / p;
  return normalised(p);
}

FolderListing list_bundle_folder(std::string_view folder) {
  FolderListing out;
  std::error_code ec;
  fs::path dir{std::string(folder)};
  if (dir.is_relative()) dir = fs::absolute(dir, ec);
  out.folder = normalised(dir);
  if (fs::path(out.folder).has_relative_path()) out.entries.push_back({"..", true});

  fs::directory_iterator it(out.folder, ec);
  if (ec) {
    out.error = "Cannot read " + out.folder + ": " + ec.message();
    return out;
  }
  std::vector<FolderEntry> folders, files;
  for (const fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec))  // follows symbolic links
      folders.push_back({std::move(name), true});
    else if (!type_ec && is_bundle_file_name(name))
      files.push_back({std::move(name), false});
  }
  if (ec) out.error = "Could not read all of " + out.folder + ": " + ec.message();
  std::sort(folders.begin(), folders.end(), name_before);
  std::sort(files.begin(), files.end(), name_before);
  out.entries.insert(out.entries.end(), std::make_move_iterator(folders.begin()),
                     std::make_move_iterator(folders.end()));
  out.entries.insert(out.entries.end(), std::make_move_iterator(files.begin()),
                     std::make_move_iterator(files.end()));
  return out;
}

}  // namespace br
