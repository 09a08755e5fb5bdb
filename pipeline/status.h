// Status and StatusOr<T>: how errors cross stage and library boundaries in vanban.
// A stage never throws across its boundary; it returns a Status naming what went wrong.
// Example: StatusOr<std::string> text = ReadFile(path); if (!text.ok()) return text.status();
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace vanban {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (bad flag, malformed query)
  kNotFound,         // a file, document or row does not exist
  kUnsupported,      // the input is of a kind vanban does not read (binary, unknown format)
  kDataError,        // the input is of a known kind but broken (invalid UTF-8, empty)
  kIoError,          // the operating system refused (permission, disk full)
  kInternal,         // a library failed in a way that is not the input's fault
  // How an isolated worker process (pipeline/worker/) failed on a source:
  kCrash,        // the worker died (a signal, or an exit without an answer)
  kTimeout,      // the source took longer than the time limit; the worker was killed
  kOutOfMemory,  // an allocation failed under the worker's memory limit
};

// Stable lower-case name of a code, as stored in the database and printed ("data_error").
std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "data_error: invalid UTF-8 at byte 12", or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) {
  return {StatusCode::kInvalidArgument, std::move(m)};
}
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
inline Status Crash(std::string m) { return {StatusCode::kCrash, std::move(m)}; }
inline Status Timeout(std::string m) { return {StatusCode::kTimeout, std::move(m)}; }
inline Status OutOfMemory(std::string m) { return {StatusCode::kOutOfMemory, std::move(m)}; }

// Either a value or a non-ok Status. Accessing value() of an error is a programmer error.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "StatusOr built from an ok Status carries no value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace vanban
