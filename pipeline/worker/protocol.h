// The worker protocol: what the parent and a worker process (pipeline/worker/worker_main.h)
// say to each other over their socket. Each message is a frame: a 4-byte little-endian
// length, then that many bytes: a one-byte message kind and its fields in
// pipeline/wire.h's terms.
//
//   worker -> parent  kHello   protocol version, pid, $OMP_THREAD_LIMIT as the worker saw it
//                              at start ("" when unset), its address-space limit in bytes
//                              (0: none)
//   parent -> worker  kRequest path, ReadOptions (dpi, password, ocr_language, first_page,
//                              last_page)
//   worker -> parent  kResult  the ProcessResult: sha256, the Document (document_codec.h)
//                              when every stage succeeded, else the StageFailure
//
// A worker says hello once, then answers each request with one result, in order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "pipeline/readers/reader.h"
#include "pipeline/runner.h"
#include "pipeline/status.h"

namespace vanban::worker {

inline constexpr int kProtocolVersion = 1;
// Frames larger than this are refused as corrupt (a Document is its texts and little more).
inline constexpr uint32_t kMaxFrameBytes = 1u << 30;

enum class MessageKind : uint8_t { kHello = 1, kRequest = 2, kResult = 3 };

struct Hello {
  int version = kProtocolVersion;
  int64_t pid = 0;
  std::string omp_thread_limit;
  uint64_t address_space_limit = 0;
};

struct Request {
  std::string path;
  ReadOptions options;
};

// Whole frames (length included), ready to send.
std::string HelloFrame(const Hello& hello);
std::string RequestFrame(const Request& request);
std::string ResultFrame(const ProcessResult& result);

// The kind of a frame's payload (the bytes after the length); 0 when it is empty.
uint8_t PayloadKind(std::string_view payload);
// Decode a payload of the matching kind; data_error when it is not one.
StatusOr<Hello> ParseHello(std::string_view payload);
StatusOr<Request> ParseRequest(std::string_view payload);
StatusOr<ProcessResult> ParseResult(std::string_view payload);

// Frames arriving on a stream, in pieces: Append what was read, then take whole payloads.
class FrameBuffer {
 public:
  void Append(std::string_view bytes) { buffer_.append(bytes); }
  // The next whole payload, moved into `payload`: true when there was one. Fails with
  // data_error when the next length is over kMaxFrameBytes.
  StatusOr<bool> Next(std::string& payload);
  bool empty() const { return buffer_.empty(); }

 private:
  std::string buffer_;
};

// Blocking helpers over a socket, retrying on EINTR; sends never raise SIGPIPE.
// SendAll: io_error when the peer is gone. ReceiveFrame: the next payload, not_found at a
// clean end of stream (the peer closed between frames), io_error or data_error otherwise.
Status SendAll(int fd, std::string_view bytes);
StatusOr<std::string> ReceiveFrame(int fd);

}  // namespace vanban::worker
