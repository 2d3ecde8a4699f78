package graph

import (
	"errors"
	"fmt"
)

// Error codes carried by *Error. They are stable strings so that edges
// (GraphQL extensions.code, HTTP status) can map them in one place.
const (
	ENOTFOUND     = "not_found"    // the entity does not exist
	EINVALID      = "invalid"      // the request or data is malformed
	ECONFLICT     = "conflict"     // the write conflicts with stored state
	EUNAUTHORIZED = "unauthorized" // no or bad credentials
	EFORBIDDEN    = "forbidden"    // credentials lack the right
	EWITHHELD     = "withheld"     // exists, but redacted for this principal
	EUNAVAILABLE  = "unavailable"  // the backing store cannot be reached now
	EINTERNAL     = "internal"     // a bug or unexpected failure
)

// Error is a domain error with a machine-readable Code and a message that is
// safe to show to the caller.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, "" for nil,
// and EINTERNAL for any other error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// "internal error" for any other error, so internals never leak to callers.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
