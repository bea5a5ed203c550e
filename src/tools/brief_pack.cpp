// brief-pack: makes bundles (docs/bundle-format.md) from plain-text digests, JSON Feeds and
// other bundles, merges several into one, and checks bundles the way the reader loads them. It
// links only the core library, so what it accepts and reports is exactly what the reader
// accepts and reports. `brief-pack --help` lists the commands.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive.h"
#include "bundle_json.h"
#include "pack_inputs.h"
#include "pack_merge.h"
#include "parse.h"

namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  brief-pack INPUT... [-o OUT.json] [--year YEAR] [--title TITLE]\n"
    "  brief-pack INPUT... --shard DIR [--shard-briefs N] [--piece-kb N] [--year YEAR]\n"
    "  brief-pack --check FILE... [--year YEAR]\n"
    "  brief-pack --help\n";

constexpr const char* kHelp =
    "\n"
    "Makes a bundle (docs/bundle-format.md) from its inputs and writes it to OUT.json, or to\n"
    "standard output without -o. Each INPUT is read by its name:\n"
    "  *.txt    a plain-text digest (assets/sample-digest.txt); --year YEAR gives the year its\n"
    "           \"20 Feb\" datelines leave out (required)\n"
    "  other    JSON: a bundle, or a JSON Feed 1.0/1.1 (recognised by its \"version\" URL)\n"
    "\n"
    "One input is converted as it is, in its own order. Several inputs are merged: newest day\n"
    "first, undated briefs last, input order within a day; of briefs with the same id the first\n"
    "(in the order the inputs are given) is kept, and the number dropped is reported.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT.json  where to write the bundle\n"
    "  --year YEAR            the year of a digest's dates\n"
    "  --title TITLE          the bundle's title (default: the first input's; for a digest,\n"
    "                         \"<most common source> digest, <month of its newest brief>\")\n"
    "  --shard DIR            write an archive for a static host into DIR instead of one\n"
    "                         bundle: DIR/manifest.json (open it in the reader like a bundle),\n"
    "                         shards/ (bundles of whole days, newest first) and index/ (the\n"
    "                         search index cut by term ranges); see docs/performance.md\n"
    "  --shard-briefs N       about N briefs per shard (default 1000)\n"
    "  --piece-kb N           about N KiB per index piece (default 256)\n"
    "  --check                only load each FILE and print every error and warning with its\n"
    "                         line:column; exit status 1 when any FILE has errors\n"
    "  -h, --help             this text\n"
    "\n"
    "Errors and warnings go to standard error. Exit status: 0 done (warnings allowed), 1 an\n"
    "input has errors or a file cannot be read or written, 2 wrong usage.\n";

struct Options {
  std::vector<std::string> inputs;
  std::string output;  // empty: standard output
  std::string title;
  std::optional<int> year;
  std::string shard_dir;  // with --shard: write an archive here
  br::ArchiveOptions archive;
  bool check = false;
  bool help = false;
};

// The options, or an error message for wrong usage.
std::optional<Options> parse_args(int argc, char** argv, std::string& error) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) {
        error = std::string(arg) + " needs a value";
        return false;
      }
      out = argv[++i];
      return true;
    };
    std::string text;
    if (arg == "-h" || arg == "--help") {
      o.help = true;
    } else if (arg == "--check") {
      o.check = true;
    } else if (arg == "-o" || arg == "--output") {
      if (!value(o.output)) return std::nullopt;
    } else if (arg == "--title") {
      if (!value(o.title)) return std::nullopt;
    } else if (arg == "--shard") {
      if (!value(o.shard_dir)) return std::nullopt;
    } else if (arg == "--shard-briefs" || arg == "--piece-kb") {
      if (!value(text)) return std::nullopt;
      char* end = nullptr;
      const long n = std::strtol(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || n < 1 || n > 1000000) {
        error = std::string(arg) + " needs a number between 1 and 1000000, not '" + text + "'";
        return std::nullopt;
      }
      if (arg == "--shard-briefs")
        o.archive.shard_briefs = static_cast<uint32_t>(n);
      else
        o.archive.piece_bytes = static_cast<uint32_t>(n) * 1024;
    } else if (arg == "--year") {
      if (!value(text)) return std::nullopt;
      char* end = nullptr;
      const long year = std::strtol(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || year < 1 || year > 9999) {
        error = "--year needs a year between 1 and 9999, not '" + text + "'";
        return std::nullopt;
      }
      o.year = static_cast<int>(year);
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "unknown option " + std::string(arg);
      return std::nullopt;
    } else {
      o.inputs.emplace_back(arg);
    }
  }
  if (o.help) return o;
  if (o.inputs.empty()) {
    error = "no input files";
    return std::nullopt;
  }
  if (o.check && !o.output.empty()) {
    error = "--check writes nothing; leave out -o";
    return std::nullopt;
  }
  if (!o.shard_dir.empty() && (o.check || !o.output.empty())) {
    error = "--shard writes a directory; leave out -o and --check";
    return std::nullopt;
  }
  for (const std::string& input : o.inputs) {
    if (pack::is_digest_path(input) && !o.year) {
      error = input + " is a digest; say which year its dates are in (--year)";
      return std::nullopt;
    }
  }
  return o;
}

bool write_output(const std::string& path, const std::string& json) {
  if (path.empty()) return std::fwrite(json.data(), 1, json.size(), stdout) == json.size();
  std::ofstream out(path, std::ios::binary);
  out.write(json.data(), static_cast<std::streamsize>(json.size()));
  out.close();
  return static_cast<bool>(out);
}

// Loads every input, reporting as it goes. Returns false when any has errors or is unreadable.
bool load_all(const Options& o, std::vector<br::LoadResult>& results) {
  bool ok = true;
  for (const std::string& path : o.inputs) {
    const std::optional<std::string> bytes = pack::read_file(path);
    if (!bytes) {
      std::fprintf(stderr, "brief-pack: cannot read %s\n", path.c_str());
      ok = false;
      continue;
    }
    // A title given for a merge names the result, not each digest in it.
    const std::string digest_title = o.inputs.size() == 1 ? o.title : std::string();
    results.push_back(pack::load_input(path, *bytes, o.year.value_or(0), digest_title));
    if (pack::report_diagnostics(path, results.back()) > 0 || !results.back().ok) ok = false;
  }
  return ok;
}

// Writes the archive's files under dir (creating dir, shards/ and index/).
int write_archive_dir(const Options& o, const br::Bundle& bundle) {
  namespace fs = std::filesystem;
  const br::SearchIndex index = br::SearchIndex::build(bundle);
  const std::vector<br::ArchiveFile> files = br::write_archive(bundle, index, o.archive);
  std::error_code ec;
  uint64_t bytes = 0;
  size_t shards = 0, pieces = 0;
  for (const br::ArchiveFile& f : files) {
    const fs::path path = fs::path(o.shard_dir) / f.path;
    fs::create_directories(path.parent_path(), ec);
    if (ec || !write_output(path.string(), f.bytes)) {
      std::fprintf(stderr, "brief-pack: cannot write %s\n", path.string().c_str());
      return 1;
    }
    bytes += f.bytes.size();
    shards += f.path.rfind("shards/", 0) == 0;
    pieces += f.path.rfind("index/t", 0) == 0;
  }
  std::fprintf(stderr,
               "brief-pack: wrote %s/manifest.json: %zu briefs in %zu shard%s, %zu index "
               "piece%s, %.1f MB in all\n",
               o.shard_dir.c_str(), bundle.briefs.size(), shards, shards == 1 ? "" : "s", pieces,
               pieces == 1 ? "" : "s", static_cast<double>(bytes) / 1e6);
  return 0;
}

int pack_inputs(const Options& o) {
  std::vector<br::LoadResult> results;
  if (!load_all(o, results)) {
    std::fprintf(stderr, "brief-pack: nothing written: fix the errors above\n");
    return 1;
  }
  br::Bundle* bundle = &results[0].bundle;
  pack::MergeResult merged;
  if (results.size() > 1) {
    std::vector<const br::Bundle*> bundles;
    for (const br::LoadResult& r : results) bundles.push_back(&r.bundle);
    merged = pack::merge_bundles(bundles);
    bundle = &merged.bundle;
    std::fprintf(stderr, "brief-pack: merged %zu inputs: %zu briefs, %zu duplicate%s dropped\n",
                 results.size(), bundle->briefs.size(), merged.duplicates,
                 merged.duplicates == 1 ? "" : "s");
  }
  if (!o.title.empty()) bundle->title = bundle->text.store(o.title);
  if (!o.shard_dir.empty()) return write_archive_dir(o, *bundle);
  const std::string json = br::write_bundle_json(*bundle);
  const size_t briefs = bundle->briefs.size();
  if (!write_output(o.output, json)) {
    std::fprintf(stderr, "brief-pack: cannot write %s\n",
                 o.output.empty() ? "to standard output" : o.output.c_str());
    return 1;
  }
  if (!o.output.empty())
    std::fprintf(stderr, "brief-pack: wrote %s (%zu briefs)\n", o.output.c_str(), briefs);
  return 0;
}

int check_inputs(const Options& o) {
  std::vector<br::LoadResult> results;
  return load_all(o, results) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string error;
  const std::optional<Options> options = parse_args(argc, argv, error);
  if (!options) {
    std::fprintf(stderr, "brief-pack: %s\n%s", error.c_str(), kUsage);
    return 2;
  }
  if (options->help) {
    std::fputs(kUsage, stdout);
    std::fputs(kHelp, stdout);
    return 0;
  }
  return options->check ? check_inputs(*options) : pack_inputs(*options);
}
