package io.tickmark.app;

/** Something the user can fix, said in one line without a stack trace: a missing folder, a bad option value. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
