// What the desktop open dialog shows of a folder: its subfolders and the files that may be
// bundles (*.json, *.txt digests), folders first, each part sorted by name. It lives in core,
// with no ImGui, so it is unit-tested without a window; the dialog (src/ui/open_dialog.cpp)
// only draws it. A folder that cannot be read is an error in the listing, never an exception.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace br {

struct FolderEntry {
  std::string name;  // ".." for the parent folder
  bool is_folder = false;
};

struct FolderListing {
  std::string folder;                // absolute and normalised
  std::vector<FolderEntry> entries;  // "..", then folders, then bundle files
  std::string error;                 // non-empty when the folder could not be (fully) read
};

// True for names the dialog offers to open: *.json and *.txt, any case.
bool is_bundle_file_name(std::string_view name);

// Lists `folder` (hidden entries, whose names start with '.', are left out). ".." comes first
// unless the folder is the file system's root; it stays there when reading fails, so the user
// can always go up.
FolderListing list_bundle_folder(std::string_view folder);

// Where a path typed or picked in the dialog leads: `typed` as is when absolute, otherwise
// relative to `folder`; "~" or "~/..." start at `home` when it is given. Normalised ("a/../b" is
// "b"), without a trailing separator.
std::string resolve_dialog_path(std::string_view folder, std::string_view typed,
                                std::string_view home = {});

}  // namespace br
