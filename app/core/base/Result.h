#pragma once

#include "ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace authdesk {

// Either a typed value or one typed error: no exceptions cross the core's boundary.
template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(ApiError error) : m_v(std::move(error)) {}     // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_v); }
    T &value() { return std::get<T>(m_v); }
    const ApiError &error() const
    {
        static const ApiError none;
        return ok() ? none : std::get<ApiError>(m_v);
    }

private:
    std::variant<T, ApiError> m_v;
};

// For calls whose success carries no data.
struct Done {};

template <typename T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace authdesk
