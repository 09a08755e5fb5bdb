#include "pipeline/worker/protocol.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pipeline/document_codec.h"
#include "pipeline/wire.h"

namespace vanban::worker {
namespace {

std::string Frame(MessageKind kind, std::string_view fields) {
  const uint32_t size = static_cast<uint32_t>(fields.size() + 1);
  std::string frame;
  frame.reserve(4 + size);
  for (int i = 0; i < 4; ++i) frame.push_back(static_cast<char>((size >> (8 * i)) & 0xFF));
  frame.push_back(static_cast<char>(kind));
  frame.append(fields);
  return frame;
}

uint32_t FrameLength(std::string_view bytes) {
  uint32_t size = 0;
  for (int i = 0; i < 4; ++i) size |= uint32_t{static_cast<unsigned char>(bytes[i])} << (8 * i);
  return size;
}

// A reader over a payload's fields, or data_error when the payload is of another kind.
StatusOr<WireReader> Fields(std::string_view payload, MessageKind kind) {
  if (PayloadKind(payload) != static_cast<uint8_t>(kind)) {
    return DataError("worker protocol: expected message kind " +
                     std::to_string(static_cast<int>(kind)) + ", got " +
                     std::to_string(PayloadKind(payload)));
  }
  return WireReader(payload.substr(1));
}

// The decoded value, or data_error when the fields were malformed or not all read.
template <typename T>
StatusOr<T> Finish(WireReader& in, T value) {
  if (in.ok() && !in.AtEnd()) in.Fail("bytes after the message");
  if (!in.ok()) return DataError("worker protocol: " + in.status().message());
  return value;
}

}  // namespace

std::string HelloFrame(const Hello& hello) {
  WireWriter out;
  out.I64(hello.version);
  out.I64(hello.pid);
  out.Bytes(hello.omp_thread_limit);
  out.U64(hello.address_space_limit);
  return Frame(MessageKind::kHello, out.bytes());
}

std::string RequestFrame(const Request& request) {
  WireWriter out;
  out.Bytes(request.path);
  const ReadOptions& o = request.options;
  out.I64(o.dpi);
  out.Bytes(o.password);
  out.Bytes(o.ocr_language);
  out.I64(o.first_page);
  out.I64(o.last_page);
  return Frame(MessageKind::kRequest, out.bytes());
}

std::string ResultFrame(const ProcessResult& result) {
  WireWriter out;
  out.Bytes(result.sha256);
  out.Bool(result.doc.has_value());
  if (result.doc) EncodeDocumentTo(out, *result.doc);
  out.Bool(result.failure.has_value());
  if (result.failure) EncodeStageFailureTo(out, *result.failure);
  return Frame(MessageKind::kResult, out.bytes());
}

uint8_t PayloadKind(std::string_view payload) {
  return payload.empty() ? 0 : static_cast<uint8_t>(payload[0]);
}

StatusOr<Hello> ParseHello(std::string_view payload) {
  StatusOr<WireReader> in = Fields(payload, MessageKind::kHello);
  if (!in.ok()) return in.status();
  Hello hello;
  hello.version = in->Int();
  hello.pid = in->I64();
  hello.omp_thread_limit = in->Bytes();
  hello.address_space_limit = in->U64();
  return Finish(*in, std::move(hello));
}

StatusOr<Request> ParseRequest(std::string_view payload) {
  StatusOr<WireReader> in = Fields(payload, MessageKind::kRequest);
  if (!in.ok()) return in.status();
  Request request;
  request.path = in->Bytes();
  ReadOptions& o = request.options;
  o.dpi = in->Int();
  o.password = in->Bytes();
  o.ocr_language = in->Bytes();
  o.first_page = in->Int();
  o.last_page = in->Int();
  return Finish(*in, std::move(request));
}

StatusOr<ProcessResult> ParseResult(std::string_view payload) {
  StatusOr<WireReader> in = Fields(payload, MessageKind::kResult);
  if (!in.ok()) return in.status();
  ProcessResult result;
  result.sha256 = in->Bytes();
  if (in->Bool()) result.doc = DecodeDocumentFrom(*in);
  if (in->Bool()) result.failure = DecodeStageFailureFrom(*in);
  if (in->ok() && result.doc.has_value() == result.failure.has_value()) {
    in->Fail("a result needs a document or a failure, not both");
  }
  return Finish(*in, std::move(result));
}

StatusOr<bool> FrameBuffer::Next(std::string& payload) {
  if (buffer_.size() < 4) return false;
  const uint32_t size = FrameLength(buffer_);
  if (size > kMaxFrameBytes) {
    return DataError("worker protocol: frame of " + std::to_string(size) + " bytes");
  }
  if (buffer_.size() - 4 < size) return false;
  payload.assign(buffer_, 4, size);
  buffer_.erase(0, 4 + size);
  return true;
}

Status SendAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError(std::string("worker socket: ") + std::strerror(errno));
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

namespace {

// Reads exactly `size` bytes; not_found when the stream ends before the first byte.
Status ReadExactly(int fd, char* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return IoError(std::string("worker socket: ") + std::strerror(errno));
    if (n == 0) {
      return done == 0 ? NotFound("end of stream") : DataError("worker socket: frame cut short");
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::string> ReceiveFrame(int fd) {
  char length[4];
  if (Status s = ReadExactly(fd, length, 4); !s.ok()) return s;
  const uint32_t size = FrameLength(std::string_view(length, 4));
  if (size > kMaxFrameBytes) {
    return DataError("worker protocol: frame of " + std::to_string(size) + " bytes");
  }
  std::string payload(size, '\0');
  if (Status s = ReadExactly(fd, payload.data(), size); !s.ok()) {
    return s.code() == StatusCode::kNotFound ? DataError("worker socket: frame cut short") : s;
  }
  return payload;
}

}  // namespace vanban::worker
