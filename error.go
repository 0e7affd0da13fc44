package demarche

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The HTTP server maps them to status
// codes in one place; the command line prints the message.
const (
	EINVALID      = "invalid"      // bad input: a parameter, a record, a file
	ENOTFOUND     = "not_found"    // no such document, event or question
	ECONFLICT     = "conflict"     // the operation conflicts with stored state
	EUNAUTHORIZED = "unauthorized" // a write without a valid token
	EUNAVAILABLE  = "unavailable"  // a dependency (database, queue) is down
	EINTERNAL     = "internal"     // a bug or an unexpected failure
)

// Error is a domain error: a code from the list above and a message written
// for the user.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
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

// ErrorMessage returns the user-facing message of err: the message of its
// *Error, or a generic text for internal errors, so that internals do not
// leak to API clients.
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
