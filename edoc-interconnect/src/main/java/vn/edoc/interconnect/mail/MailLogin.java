package vn.edoc.interconnect.mail;

import java.util.Objects;

/**
 * A login on a mail server (tài khoản đăng nhập máy chủ thư): the user name and its password. The password is
 * never shown by {@link #toString()}.
 *
 * @param user     the user name, often the mailbox address
 * @param password the password
 */
public record MailLogin(String user, String password) {

    /** Refuses a blank user and a missing password. */
    public MailLogin {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("blank mail user");
        }
    }

    @Override
    public String toString() {
        return "MailLogin[user=" + user + ", password=***]";
    }
}
