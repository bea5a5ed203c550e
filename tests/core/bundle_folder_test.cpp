// The open dialog's folder listing: folders first, then bundle files, sorted; other files and
// hidden entries left out; an unreadable folder is an error that still offers "..". Under wasm
// these run on node's in-memory file system.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bundle_folder.h"

namespace br {
namespace {
namespace fs = std::filesystem;

// A fresh folder under the temporary directory, removed afterwards.
struct TempFolder {
  fs::path path;
  explicit TempFolder(const char* name) {
    path = fs::temp_directory_path() / name;
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void file(const std::string& name) { std::ofstream(path / name) << "{}"; }
  void folder(const std::string& name) { fs::create_directories(path / name); }
};

std::vector<std::string> names(const FolderListing& listing) {
  std::vector<std::string> out;
  for (const FolderEntry& e : listing.entries) out.push_back(e.is_folder ? e.name + "/" : e.name);
  return out;
}

TEST(BundleFolderTest, lists_parent_then_folders_then_bundle_files_sorted) {
  TempFolder dir("br-bundle-folder-test");
  dir.file("zeta.json");
  dir.file("Alpha.JSON");
  dir.file("digest.txt");
  dir.file("notes.md");
  dir.file(".hidden.json");
  dir.folder("news");
  dir.folder("Archive");
  dir.folder(".cache");
  const FolderListing listing = list_bundle_folder(dir.path.string());
  EXPECT_EQ(listing.error, "");
  EXPECT_EQ(listing.folder, dir.path.lexically_normal().string());
  const std::vector<std::string> expected = {"../",        "Archive/",   "news/",
                                             "Alpha.JSON", "digest.txt", "zeta.json"};
  EXPECT_EQ(names(listing), expected);
}

TEST(BundleFolderTest, unreadable_folder_is_an_error_that_still_offers_the_parent) {
  TempFolder dir("br-bundle-folder-missing");
  const FolderListing listing = list_bundle_folder((dir.path / "not-there").string());
  EXPECT_NE(listing.error.find("Cannot read"), std::string::npos) << listing.error;
  EXPECT_EQ(names(listing), std::vector<std::string>{"../"});

  dir.file("bundle.json");  // a file is not a folder either
  EXPECT_NE(list_bundle_folder((dir.path / "bundle.json").string()).error, "");
}

TEST(BundleFolderTest, root_has_no_parent_entry) {
  const FolderListing listing = list_bundle_folder("/");
  EXPECT_EQ(listing.folder, "/");
  ASSERT_FALSE(listing.entries.empty());
  EXPECT_NE(listing.entries.front().name, "..");
}

TEST(BundleFolderTest, bundle_file_names_are_json_and_txt_in_any_case) {
  EXPECT_TRUE(is_bundle_file_name("a.json"));
  EXPECT_TRUE(is_bundle_file_name("B.Json"));
  EXPECT_TRUE(is_bundle_file_name("digest.TXT"));
  EXPECT_FALSE(is_bundle_file_name("json"));
  EXPECT_FALSE(is_bundle_file_name("a.json.gz"));
  EXPECT_FALSE(is_bundle_file_name("readme.md"));
}

TEST(BundleFolderTest, typed_paths_resolve_against_the_folder_and_home) {
  EXPECT_EQ(resolve_dialog_path("/data/news", "feed.json"), "/data/news/feed.json");
  EXPECT_EQ(resolve_dialog_path("/data/news", ".."), "/data");
  EXPECT_EQ(resolve_dialog_path("/data/news", "../old/./a.json"), "/data/old/a.json");
  EXPECT_EQ(resolve_dialog_path("/data/news", "/etc/"), "/etc");
  EXPECT_EQ(resolve_dialog_path("/data", "~/x.json", "/home/me"), "/home/me/x.json");
  EXPECT_EQ(resolve_dialog_path("/data", "~", "/home/me"), "/home/me");
  EXPECT_EQ(resolve_dialog_path("/data", "~/x.json"), "/data/~/x.json");  // no home known
  EXPECT_EQ(resolve_dialog_path("/data", "/"), "/");
}

}  // namespace
}  // namespace br
