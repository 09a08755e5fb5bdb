#include "pipeline/store/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/export/record.h"
#include "pipeline/normalize/normalize.h"
#include "tests/pipeline/sample_document.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Sha(char digit) { return std::string(64, digit); }

// Each test gets a fresh directory with a database file path in it; the store is a real
// SQLite file there.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("vanban_store_test_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_path_ = (dir_ / "vanban.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenStore() {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(db_path_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  static Store::PutResult MustPut(Store& store, const Document& doc) {
    StatusOr<Store::PutResult> put = store.Put(doc, ToRecord(doc));
    EXPECT_TRUE(put.ok()) << put.status().ToString();
    return put.ok() ? *put : Store::PutResult::kAlreadyStored;
  }

  static Store::Counts MustCount(Store& store) {
    StatusOr<Store::Counts> counts = store.Count();
    EXPECT_TRUE(counts.ok()) << counts.status().ToString();
    return counts.ok() ? *counts : Store::Counts{-1, -1};
  }

  static std::vector<json> MustFind(Store& store, std::string_view query) {
    StatusOr<std::vector<json>> found = store.Find(query);
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    return found.ok() ? *found : std::vector<json>{};
  }

  // Bytes [at, at + 4) of the closed database file, big-endian, as SQLite keeps its header
  // fields (60: user_version, 68: application_id).
  uint32_t HeaderField(size_t at) {
    std::ifstream in(db_path_, std::ios::binary);
    std::string header(100, '\0');
    in.read(header.data(), 100);
    uint32_t v = 0;
    for (size_t i = at; i < at + 4; ++i) v = v << 8 | static_cast<unsigned char>(header[i]);
    return v;
  }
  void SetHeaderField(size_t at, uint32_t v) {
    std::fstream io(db_path_, std::ios::binary | std::ios::in | std::ios::out);
    io.seekp(static_cast<std::streamoff>(at));
    for (int shift = 24; shift >= 0; shift -= 8) io.put(static_cast<char>(v >> shift & 0xff));
  }

  fs::path dir_;
  std::string db_path_;
};

TEST_F(StoreTest, NewFileGetsCurrentSchemaVersion) {
  {
    std::unique_ptr<Store> store = OpenStore();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(MustCount(*store).documents, 0);
    EXPECT_EQ(MustCount(*store).failures, 0);
    EXPECT_TRUE(fs::exists(db_path_ + "-wal"));  // write-ahead logging is on
  }
  EXPECT_EQ(HeaderField(60), static_cast<uint32_t>(Store::SchemaVersion()));
  EXPECT_EQ(HeaderField(68), 0x564E424Eu);  // application_id "VNBN"
  EXPECT_GE(Store::SchemaVersion(), 1);
}

TEST_F(StoreTest, PutThenFindByIdPrefix) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  const Document doc = sample::Directive();
  EXPECT_EQ(MustPut(*store, doc), Store::PutResult::kAdded);
  std::vector<json> found = MustFind(*store, std::string(sample::kSha256).substr(0, 6));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], ToRecord(doc));
  EXPECT_EQ(MustFind(*store, sample::kSha256).size(), 1u);
  EXPECT_EQ(MustFind(*store, "3A7BD3E2").size(), 1u);  // hex digits in either case
  EXPECT_TRUE(MustFind(*store, "3a7bd").empty());      // too short to be an id
  EXPECT_TRUE(MustFind(*store, "ffffff").empty());
  EXPECT_EQ(MustCount(*store).documents, 1);
}

TEST_F(StoreTest, SameBytesTwiceAreStoredOnce) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  Document doc = sample::Directive();
  EXPECT_EQ(MustPut(*store, doc), Store::PutResult::kAdded);
  EXPECT_EQ(MustPut(*store, doc), Store::PutResult::kAlreadyStored);
  // A copy under another path is the same document; the first path stays.
  doc.source.path = "elsewhere/copy.txt";
  EXPECT_EQ(MustPut(*store, doc), Store::PutResult::kAlreadyStored);
  EXPECT_EQ(MustCount(*store).documents, 1);
  std::vector<json> found = MustFind(*store, "02/CT-UBND");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["source"]["path"], sample::Directive().source.path);
}

TEST_F(StoreTest, FindsNumberWrittenDifferently) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  MustPut(*store, sample::Directive());
  Document other = sample::Directive(Sha('b'));
  other.meta.number->value = "41/QĐ-TCT";
  MustPut(*store, other);
  for (const char* query : {"02/CT-UBND", "02/CT - UBND", "02/ct-ubnd", " 02 / CT-UBND "}) {
    std::vector<json> found = MustFind(*store, query);
    ASSERT_EQ(found.size(), 1u) << query;
    EXPECT_EQ(found[0]["id"], sample::kSha256) << query;
  }
  for (const char* query : {"41/QĐ-TCT", "41/qd-tct", "41/QD - TCT", "41/qđ-tct"}) {
    std::vector<json> found = MustFind(*store, query);
    ASSERT_EQ(found.size(), 1u) << query;
    EXPECT_EQ(found[0]["id"], Sha('b')) << query;
  }
  EXPECT_TRUE(MustFind(*store, "03/CT-UBND").empty());
  EXPECT_EQ(store->Find("  ").status().code(), StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, FailureIsRecordedAndReplaced) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->PutFailure("in/a.pdf", "", {"read", Unsupported("encrypted PDF")}).ok());
  ASSERT_TRUE(
      store->PutFailure("in/a.pdf", Sha('c'), {"normalize", Internal("ICU: U_BUFFER")}).ok());
  ASSERT_TRUE(store->PutFailure("in/b.txt", "", {"read", DataError("empty file")}).ok());
  StatusOr<std::vector<Store::Failure>> failures = store->Failures();
  ASSERT_TRUE(failures.ok()) << failures.status().ToString();
  ASSERT_EQ(failures->size(), 2u);
  const Store::Failure& a = (*failures)[0];
  EXPECT_EQ(a.path, "in/a.pdf");
  EXPECT_EQ(a.sha256, Sha('c'));
  EXPECT_EQ(a.stage, "normalize");
  EXPECT_EQ(a.code, "internal");
  EXPECT_EQ(a.message, "ICU: U_BUFFER");
  EXPECT_FALSE(a.at.empty());
  EXPECT_EQ((*failures)[1].sha256, "");
  EXPECT_EQ(MustCount(*store).failures, 2);
}

TEST_F(StoreTest, FailureNeverTouchesDocuments) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  const Document doc = sample::Directive();
  MustPut(*store, doc);
  ASSERT_TRUE(
      store->PutFailure(doc.source.path, doc.source.sha256, {"segment", Internal("x")}).ok());
  EXPECT_EQ(MustCount(*store).documents, 1);
  EXPECT_EQ(MustFind(*store, "02/CT-UBND").size(), 1u);
}

TEST_F(StoreTest, PutClearsFailureOfSamePath) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  const Document doc = sample::Directive();
  ASSERT_TRUE(store->PutFailure(doc.source.path, "", {"read", IoError("permission")}).ok());
  ASSERT_TRUE(store->PutFailure("other.txt", "", {"read", IoError("permission")}).ok());
  MustPut(*store, doc);
  StatusOr<std::vector<Store::Failure>> failures = store->Failures();
  ASSERT_TRUE(failures.ok());
  ASSERT_EQ(failures->size(), 1u);
  EXPECT_EQ((*failures)[0].path, "other.txt");
}

TEST_F(StoreTest, FailedPutLeavesNothingHalfWritten) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  MustPut(*store, sample::Directive(Sha('a')));
  Document doc = sample::Directive();
  ASSERT_TRUE(store->PutFailure(doc.source.path, "", {"read", IoError("busy")}).ok());
  // Zones are written after the document row and its pages: a reversed span makes the
  // schema's CHECK fail midway through the transaction.
  doc.zones.push_back({ZoneKind::kBody, {10, 3}});
  StatusOr<Store::PutResult> put = store->Put(doc, ToRecord(doc));
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), StatusCode::kDataError) << put.status().ToString();
  EXPECT_NE(put.status().message().find("CHECK constraint"), std::string::npos);
  EXPECT_EQ(MustCount(*store).documents, 1);
  EXPECT_EQ(MustCount(*store).failures, 1);  // the failure is as it was
  EXPECT_TRUE(MustFind(*store, std::string(sample::kSha256).substr(0, 8)).empty());
  EXPECT_EQ(store->LoadDocument(sample::kSha256).status().code(), StatusCode::kNotFound);
  // Nothing left over blocks the corrected document, and it is stored once, whole.
  doc.zones.pop_back();
  EXPECT_EQ(MustPut(*store, doc), Store::PutResult::kAdded);
  StatusOr<Document> loaded = store->LoadDocument(sample::kSha256);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->pages.size(), doc.pages.size());
}

TEST_F(StoreTest, MalformedRecordStoresNothing) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  const Document doc = sample::Directive();
  json record = ToRecord(doc);
  record["references"][0]["span"]["raw"] = json::array({1});
  StatusOr<Store::PutResult> put = store->Put(doc, record);
  EXPECT_EQ(put.status().code(), StatusCode::kDataError);
  EXPECT_EQ(store->Put(doc, json::array()).status().code(), StatusCode::kDataError);
  // The record of another document.
  put = store->Put(sample::Directive(Sha('f')), ToRecord(doc));
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  // A value cut inside a UTF-8 sequence cannot be written as JSON.
  Document broken = sample::Directive();
  broken.meta.subject->value = "V\xE1\xBB";
  put = store->Put(broken, ToRecord(broken));
  EXPECT_EQ(put.status().code(), StatusCode::kDataError) << put.status().ToString();
  EXPECT_EQ(MustCount(*store).documents, 0);
}

TEST_F(StoreTest, ReopenedFileKeepsItsData) {
  {
    std::unique_ptr<Store> store = OpenStore();
    ASSERT_NE(store, nullptr);
    MustPut(*store, sample::Directive());
    ASSERT_TRUE(store->PutFailure("bad.txt", "", {"read", DataError("empty")}).ok());
  }
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(MustCount(*store).documents, 1);
  EXPECT_EQ(MustCount(*store).failures, 1);
  ASSERT_EQ(MustFind(*store, "02/CT-UBND").size(), 1u);
  EXPECT_EQ(MustPut(*store, sample::Directive()), Store::PutResult::kAlreadyStored);
}

TEST_F(StoreTest, TwoConnectionsShareOneFile) {
  std::unique_ptr<Store> a = OpenStore();
  std::unique_ptr<Store> b = OpenStore();
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  MustPut(*a, sample::Directive(Sha('a')));
  MustPut(*b, sample::Directive(Sha('b')));
  EXPECT_EQ(MustCount(*a).documents, 2);
  EXPECT_EQ(MustFind(*b, Sha('a')).size(), 1u);
}

TEST_F(StoreTest, ForEachRecordFollowsIngestOrder) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  const std::vector<std::string> order = {Sha('e'), Sha('1'), Sha('9')};
  for (const std::string& sha : order) MustPut(*store, sample::Directive(sha));
  std::vector<std::string> seen;
  Status s = store->ForEachRecord([&](const json& record) {
    seen.push_back(record["id"]);
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(seen, order);

  seen.clear();
  s = store->ForEachRecord([&](const json& record) {
    seen.push_back(record["id"]);
    return seen.size() == 2 ? IoError("stdout closed") : Status::Ok();
  });
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(seen.size(), 2u);
}

TEST_F(StoreTest, LoadDocumentRebuildsWhatTheExtractorsNeed) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  Document doc = sample::Directive();
  doc.pages = {{1, {0, 100}, "ocr", 87.5}, {2, {100, doc.raw_text.size()}, "ocr", 90.0}};
  ASSERT_TRUE(Normalize(doc).ok());  // text as the pipeline made it, so zones still hold
  MustPut(*store, doc);
  StatusOr<Document> loaded = store->LoadDocument(sample::kSha256);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->source.path, doc.source.path);
  EXPECT_EQ(loaded->source.sha256, doc.source.sha256);
  EXPECT_EQ(loaded->source.media_type, doc.source.media_type);
  EXPECT_EQ(loaded->source.encoding, doc.source.encoding);
  EXPECT_EQ(loaded->source.size_bytes, doc.source.size_bytes);
  EXPECT_EQ(loaded->raw_text, doc.raw_text);
  EXPECT_EQ(loaded->text, doc.text);
  ASSERT_EQ(loaded->pages.size(), 2u);
  EXPECT_EQ(loaded->pages[1].number, 2);
  EXPECT_EQ(loaded->pages[1].raw, doc.pages[1].raw);
  EXPECT_EQ(loaded->pages[1].method, "ocr");
  EXPECT_EQ(loaded->pages[1].ocr_confidence, 90.0);
  ASSERT_EQ(loaded->zones.size(), doc.zones.size());
  for (size_t i = 0; i < doc.zones.size(); ++i) {
    EXPECT_EQ(loaded->zones[i].kind, doc.zones[i].kind);
    EXPECT_EQ(loaded->zones[i].span, doc.zones[i].span);
  }
  Span number = sample::SpanOf(doc, "02/CT");
  EXPECT_EQ(loaded->offsets.ToSource(number), doc.offsets.ToSource(number));
  // The reader's issue is kept; the metadata stage will note its own again.
  ASSERT_EQ(loaded->issues.size(), 1u);
  EXPECT_EQ(loaded->issues[0].code, "crlf_line_ends");
  EXPECT_FALSE(loaded->meta.number.has_value());
}

TEST_F(StoreTest, LoadDocumentDropsZonesOfAStaleText) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  Document doc = sample::Directive();
  doc.text = "text that no normalizer makes of this source";
  doc.zones = {{ZoneKind::kBody, {0, doc.text.size()}}};
  MustPut(*store, doc);
  StatusOr<Document> loaded = store->LoadDocument(sample::kSha256);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  Document renormalized = sample::Directive();
  ASSERT_TRUE(Normalize(renormalized).ok());
  EXPECT_EQ(loaded->text, renormalized.text);
  EXPECT_TRUE(loaded->zones.empty());
}

TEST_F(StoreTest, LoadDocumentOfUnknownShaIsNotFound) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->LoadDocument(Sha('d')).status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, TextIsTheNormalizedTextTheSpansPointInto) {
  std::unique_ptr<Store> store = OpenStore();
  ASSERT_NE(store, nullptr);
  const Document doc = sample::Directive();
  MustPut(*store, doc);
  StatusOr<std::string> text = store->Text(sample::kSha256);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(*text, doc.text);
  EXPECT_NE(*text, doc.raw_text);  // the sample's raw text has CRLF line ends
  EXPECT_EQ(store->Text(Sha('d')).status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, ReadOnlyConnectionReadsAndCannotWrite) {
  {
    std::unique_ptr<Store> writer = OpenStore();
    ASSERT_NE(writer, nullptr);
    MustPut(*writer, sample::Directive());
  }
  StatusOr<std::unique_ptr<Store>> reader = Store::OpenReadOnly(db_path_);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_EQ(MustFind(**reader, "02/CT-UBND").size(), 1u);
  Document other = sample::Directive();
  other.source.sha256 = Sha('e');
  StatusOr<Store::PutResult> put = (*reader)->Put(other, ToRecord(other));
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), StatusCode::kIoError) << put.status().ToString();
  EXPECT_EQ(MustCount(**reader).documents, 1);
}

TEST_F(StoreTest, ReadOnlyOpenOfAMissingFileFailsAndCreatesNothing) {
  StatusOr<std::unique_ptr<Store>> reader = Store::OpenReadOnly(db_path_);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kIoError);
  EXPECT_FALSE(fs::exists(db_path_));
}

TEST_F(StoreTest, ReadOnlyOpenRefusesAnEmptyOrOlderDatabase) {
  { ASSERT_NE(OpenStore(), nullptr); }
  SetHeaderField(60, 0);
  StatusOr<std::unique_ptr<Store>> reader = Store::OpenReadOnly(db_path_);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kIoError);
  EXPECT_NE(reader.status().message().find("schema version 0"), std::string::npos)
      << reader.status().message();
}

TEST_F(StoreTest, NonDatabaseFileIsRefusedAndLeftAlone) {
  std::string content;
  for (int i = 0; i < 100; ++i) content += "Số: 02/CT-UBND, not a database\n";
  std::ofstream(db_path_) << content;
  StatusOr<std::unique_ptr<Store>> store = Store::Open(db_path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find("not an SQLite database"), std::string::npos)
      << store.status().message();
  std::ifstream in(db_path_);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), content);
}

TEST_F(StoreTest, DatabaseOfAnotherApplicationIsRefused) {
  { ASSERT_NE(OpenStore(), nullptr); }
  SetHeaderField(68, 0x12345678);
  StatusOr<std::unique_ptr<Store>> store = Store::Open(db_path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find("not a vanban database"), std::string::npos)
      << store.status().message();
}

TEST_F(StoreTest, NewerSchemaVersionIsRefused) {
  { ASSERT_NE(OpenStore(), nullptr); }
  SetHeaderField(60, static_cast<uint32_t>(Store::SchemaVersion() + 1));
  StatusOr<std::unique_ptr<Store>> store = Store::Open(db_path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find("newer than this build"), std::string::npos)
      << store.status().message();
}

TEST_F(StoreTest, MissingDirectoryIsAnIoError) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open((dir_ / "no/such/dir/x.db").string());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace vanban
