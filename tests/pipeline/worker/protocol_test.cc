// The worker protocol: messages round-trip through frames that arrive in any pieces.
#include "pipeline/worker/protocol.h"

#include <gtest/gtest.h>

#include "tests/pipeline/sample_document.h"

namespace vanban::worker {
namespace {

// Feeds `frames` to a FrameBuffer `piece` bytes at a time; the payloads in order.
std::vector<std::string> Split(const std::string& frames, size_t piece) {
  FrameBuffer buffer;
  std::vector<std::string> payloads;
  std::string payload;
  for (size_t at = 0; at < frames.size(); at += piece) {
    buffer.Append(std::string_view(frames).substr(at, piece));
    while (true) {
      StatusOr<bool> next = buffer.Next(payload);
      EXPECT_TRUE(next.ok()) << next.status().ToString();
      if (!next.ok() || !*next) break;
      payloads.push_back(payload);
    }
  }
  EXPECT_TRUE(buffer.empty());
  return payloads;
}

TEST(Protocol, MessagesRoundTripThroughFramesInAnyPieces) {
  Request request{"/scans/ct 02 (bản gốc).pdf", {200, "mật khẩu", "vie+eng", 3, 9}};
  Hello hello{kProtocolVersion, 4242, "1", uint64_t{3} << 30};
  ProcessResult done;
  done.sha256 = sample::kSha256;
  done.doc = sample::Directive();
  ProcessResult failed;
  failed.sha256 = sample::kSha256;
  failed.failure = StageFailure{"segment", OutOfMemory("an allocation failed")};
  const std::string frames =
      HelloFrame(hello) + RequestFrame(request) + ResultFrame(done) + ResultFrame(failed);
  for (size_t piece : {size_t{1}, size_t{3}, size_t{64}, frames.size()}) {
    std::vector<std::string> payloads = Split(frames, piece);
    ASSERT_EQ(payloads.size(), 4u) << piece;
    StatusOr<Hello> h = ParseHello(payloads[0]);
    ASSERT_TRUE(h.ok()) << h.status().ToString();
    EXPECT_EQ(h->pid, 4242);
    EXPECT_EQ(h->omp_thread_limit, "1");
    EXPECT_EQ(h->address_space_limit, uint64_t{3} << 30);
    StatusOr<Request> r = ParseRequest(payloads[1]);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->path, request.path);
    EXPECT_EQ(r->options.dpi, 200);
    EXPECT_EQ(r->options.password, "mật khẩu");
    EXPECT_EQ(r->options.ocr_language, "vie+eng");
    EXPECT_EQ(r->options.first_page, 3);
    EXPECT_EQ(r->options.last_page, 9);
    StatusOr<ProcessResult> d = ParseResult(payloads[2]);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_EQ(d->sha256, sample::kSha256);
    ASSERT_TRUE(d->doc);
    EXPECT_TRUE(*d->doc == *done.doc);
    EXPECT_FALSE(d->failure);
    StatusOr<ProcessResult> f = ParseResult(payloads[3]);
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    ASSERT_TRUE(f->failure);
    EXPECT_FALSE(f->doc);
    EXPECT_EQ(f->failure->stage, "segment");
    EXPECT_EQ(f->failure->status.code(), StatusCode::kOutOfMemory);
  }
}

TEST(Protocol, AMessageOfAnotherKindIsRefused) {
  const std::string frame = RequestFrame({"a.txt", {}});
  StatusOr<ProcessResult> result = ParseResult(std::string_view(frame).substr(4));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kDataError);
}

TEST(Protocol, AResultNeedsADocumentOrAFailure) {
  const std::string frame = ResultFrame(ProcessResult{});
  StatusOr<ProcessResult> result = ParseResult(std::string_view(frame).substr(4));
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("a document or a failure"), std::string::npos)
      << result.status().message();
}

TEST(Protocol, AnOversizedFrameLengthIsRefused) {
  FrameBuffer buffer;
  buffer.Append(std::string("\xff\xff\xff\x7f", 4));
  std::string payload;
  EXPECT_FALSE(buffer.Next(payload).ok());
}

}  // namespace
}  // namespace vanban::worker
