#include "pipeline/ingest.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <system_error>

#include "pipeline/export/record.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 11> kFolderExtensions = {
    ".txt", ".text", ".htm", ".html", ".xhtml", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"};

bool ReadInFolder(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kFolderExtensions.begin(), kFolderExtensions.end(), ext) !=
         kFolderExtensions.end();
}

bool Hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

Status FromErrorCode(const std::error_code& ec) { return IoError(ec.message()); }

}  // namespace

ExpandedPaths ExpandPaths(const std::vector<std::string>& paths) {
  ExpandedPaths out;
  for (const std::string& given : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(given, ec);
    if (ec || !fs::exists(st)) {
      out.failures.emplace_back(given, NotFound("no such file or folder"));
      continue;
    }
    if (!fs::is_directory(st)) {
      out.files.emplace_back(given);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(given, fs::directory_options::none, ec);
    if (ec) {
      out.failures.emplace_back(given, FromErrorCode(ec));
      continue;
    }
    for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
      if (ec) {
        out.failures.emplace_back(it->path().string(), FromErrorCode(ec));
        ec.clear();
        continue;
      }
      const fs::path& p = it->path();
      if (Hidden(p)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      std::error_code type_ec;
      bool is_dir = it->is_directory(type_ec);
      if (!is_dir && ReadInFolder(p)) found.push_back(p);  // broken links too: they fail later
    }
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

StatusOr<IngestReport> Ingest(const std::vector<std::string>& paths, Store& store,
                              BatchRunner& runner, const IngestProgressFn& progress) {
  const auto start = std::chrono::steady_clock::now();
  IngestReport report;
  ExpandedPaths expanded = ExpandPaths(paths);
  for (auto& [path, status] : expanded.failures) {
    StageFailure failure{"read", status};
    Status s = store.PutFailure(path, "", failure);
    if (!s.ok()) return s;
    report.failures.push_back({path, failure});
  }
  const int total = static_cast<int>(expanded.files.size());
  const ResultSink store_one = [&](size_t index, ProcessResult result) -> Status {
    const std::string path = expanded.files[index].string();
    if (result.failure) {
      Status s = store.PutFailure(path, result.sha256, *result.failure);
      if (!s.ok()) return s;
      report.failures.push_back({path, std::move(*result.failure)});
    } else {
      StatusOr<Store::PutResult> put = store.Put(*result.doc, ToRecord(*result.doc));
      if (!put.ok()) return put.status();
      (*put == Store::PutResult::kAdded ? report.added : report.already_stored)++;
      for (const Page& page : result.doc->pages) {
        ++report.pages;
        if (page.method == "ocr") ++report.ocr_pages;
      }
    }
    ++report.files;
    if (progress) {
      progress({report.files, total, report.pages, report.ocr_pages,
                std::chrono::steady_clock::now() - start, path});
    }
    return Status::Ok();
  };
  if (Status s = runner.ProcessAll(expanded.files, store_one); !s.ok()) return s;
  report.elapsed = std::chrono::steady_clock::now() - start;
  return report;
}

StatusOr<IngestReport> Ingest(const std::vector<std::string>& paths, Store& store,
                              const IngestProgressFn& progress, const ReadOptions& options) {
  InProcessRunner runner(options);
  return Ingest(paths, store, runner, progress);
}

}  // namespace vanban
