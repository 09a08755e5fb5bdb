#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/readers/reader.h"

namespace vanban {
namespace {

TEST(Readers, ChoosesTheReaderByContent) {
  struct Case {
    std::string_view name;
    std::string_view bytes;
    std::string path;
    std::string_view media_type;
    std::string_view raw_text;
  };
  const Case cases[] = {
      {"text", "Số: 02/CT-UBND\n", "ct-02.txt", "text/plain", "Số: 02/CT-UBND\n"},
      {"text without extension", "Số: 02/CT-UBND\n", "ct-02", "text/plain", "Số: 02/CT-UBND\n"},
      {"html with a .txt name", "<!doctype html><p>Số: 02/CT-UBND</p>", "ct-02.txt", "text/html",
       "Số: 02/CT-UBND\n"},
      {"text with an .html name stays text", "Số: 02/CT-UBND\n", "ct-02.html", "text/plain",
       "Số: 02/CT-UBND\n"},
      // A page starting with text: the markup is weak evidence, the extension decides.
      {"fragment named .html", "Kính gửi: Sở Nội vụ<br>Sở Tài chính", "kg.html", "text/html",
       "Kính gửi: Sở Nội vụ\nSở Tài chính\n"},
      {"fragment named .txt", "Kính gửi: Sở Nội vụ<br>Sở Tài chính", "kg.txt", "text/plain",
       "Kính gửi: Sở Nội vụ<br>Sở Tài chính"},
  };
  for (const Case& c : cases) {
    StatusOr<Document> doc = ReadDocumentBytes(c.bytes, c.path);
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().ToString();
    EXPECT_EQ(doc->source.media_type, c.media_type) << c.name;
    EXPECT_EQ(doc->raw_text, c.raw_text) << c.name;
  }
}

TEST(Readers, FillsTheSource) {
  const std::string_view bytes = "Ủy ban nhân dân tỉnh Hưng Yên";
  StatusOr<Document> doc = ReadDocumentBytes(bytes, "corpus/hy.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->source.path, "corpus/hy.txt");
  EXPECT_EQ(doc->source.sha256, "f45193e31d5e4717fef0e0ef8cd540679e8f91d78b7e285c0ca69fd31ff5d389");
  EXPECT_EQ(doc->source.media_type, "text/plain");
  EXPECT_EQ(doc->source.encoding, "utf-8");
  EXPECT_EQ(doc->source.size_bytes, bytes.size());
  ASSERT_EQ(doc->pages.size(), 1u);
  EXPECT_EQ(doc->pages[0].number, 1);
  EXPECT_EQ(doc->pages[0].raw, (Span{0, bytes.size()}));
  EXPECT_EQ(doc->pages[0].method, "text");
}

TEST(Readers, TheDigestIsOfTheSourceBytes) {
  // TCVN3 bytes of "Căn cứ Luật": the digest is of these bytes, not of the decoded text.
  StatusOr<Document> doc = ReadDocumentBytes("C\xA8n c\xF8 Lu\xCBt ban h\xB5nh", "cc.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->raw_text, "Căn cứ Luật ban hành");
  EXPECT_EQ(doc->source.encoding, "tcvn3");
  EXPECT_EQ(doc->source.size_bytes, 20u);
  EXPECT_EQ(doc->source.sha256, "8e22e5564cfdc268e38fc0100ced5d2e76627aa85d5a8686c4f0e3d2c86a8b27");
}

TEST(Readers, Refusals) {
  struct Case {
    std::string_view name;
    std::string bytes;
    std::string path;
    StatusCode code;
    std::string_view message;
  };
  const Case cases[] = {
      {"truncated pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "qd.pdf", StatusCode::kDataError,
       "not a readable PDF: Couldn't read xref table"},
      {"pdf named .txt", "%PDF-1.4\n", "qd.txt", StatusCode::kDataError,
       "not a readable PDF: Poppler cannot open it"},
      {"truncated png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "scan.png",
       StatusCode::kDataError, "cannot decode the PNG image"},
      {"truncated jpeg", "\xFF\xD8\xFF\xE0\x00\x10JFIF", "scan.jpg", StatusCode::kDataError,
       "cannot decode the JPEG image"},
      {"truncated tiff", std::string("II*\0\x08\0\0\0", 8), "scan.tif", StatusCode::kDataError,
       "cannot decode page 1 of the TIFF image"},
      {"empty", "", "empty.txt", StatusCode::kDataError, "empty file"},
      {"binary", std::string("PK\x03\x04\x14\0\x06\0", 8), "bao-cao.docx", StatusCode::kUnsupported,
       "binary file, not text"},
      {"invalid bytes", "abc \xC3\x28 \x8F\x9D\xFF \xFE\xFD\x81", "x.txt", StatusCode::kDataError,
       "invalid UTF-8 at byte 4 and no legacy Vietnamese encoding fits"},
  };
  for (const Case& c : cases) {
    StatusOr<Document> doc = ReadDocumentBytes(c.bytes, c.path);
    ASSERT_FALSE(doc.ok()) << c.name;
    EXPECT_EQ(doc.status().code(), c.code) << c.name;
    EXPECT_EQ(doc.status().message(), c.message) << c.name;
  }
}

// A scratch directory removed at the end of the test.
class ReadersFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vanban-readers-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path Write(const std::string& name, std::string_view bytes) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary).write(bytes.data(), bytes.size());
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(ReadersFile, ReadsARealFile) {
  // VNI bytes of "Độc lập - Tự do - Hạnh phúc".
  const std::filesystem::path path =
      Write("motto.txt", "\xD1o\xE4\x63 la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9\x63\n");
  StatusOr<Document> doc = ReadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->raw_text, "Độc lập - Tự do - Hạnh phúc\n");
  EXPECT_EQ(doc->source.encoding, "vni");
  EXPECT_EQ(doc->source.path, path.string());
  EXPECT_EQ(doc->source.size_bytes, 33u);
}

TEST_F(ReadersFile, ReadsTheHtmlFixture) {
  const std::filesystem::path path =
      std::filesystem::path(VANBAN_SOURCE_DIR) / "tests/data/readers/cong-van.html";
  StatusOr<Document> doc = ReadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.media_type, "text/html");
  EXPECT_EQ(doc->source.encoding, "utf-8");
  EXPECT_EQ(doc->raw_text,
            "BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n"
            "Số: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\tHà Nội, ngày 20 tháng 11 năm 2025\n"
            "Kính gửi: Thuế tỉnh Quảng Trị.\n"
            "Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng Trị "
            "về việc hướng dẫn góp vốn điều lệ. Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
            "Căn cứ Điều 76 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 quy định về thẩm "
            "quyền quyết định hoàn thuế.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\tTL. CỤC TRƯỞNG\n"
            "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\n\nPhạm Thị Minh Hiền\n");
}

TEST_F(ReadersFile, UnreadablePaths) {
  struct Case {
    std::string_view name;
    std::filesystem::path path;
    std::string_view message;
  };
  const Case cases[] = {
      {"missing", dir_ / "khong-co.txt", "cannot open: No such file or directory"},
      {"directory", dir_, "cannot read: Is a directory"},
  };
  for (const Case& c : cases) {
    StatusOr<Document> doc = ReadDocument(c.path);
    ASSERT_FALSE(doc.ok()) << c.name;
    EXPECT_EQ(doc.status().code(), StatusCode::kIoError) << c.name;
    EXPECT_EQ(doc.status().message(), c.message) << c.name;
  }
}

TEST_F(ReadersFile, PermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  const std::filesystem::path path = Write("locked.txt", "Số: 02/CT-UBND");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  StatusOr<Document> doc = ReadDocument(path);
  EXPECT_EQ(doc.status().code(), StatusCode::kIoError);
  EXPECT_EQ(doc.status().message(), "cannot open: Permission denied");
}

}  // namespace
}  // namespace vanban
