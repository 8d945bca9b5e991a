/**
 * The organisation model (tổ chức, con người, tài khoản): {@link vn.edoc.org.Organisation}s with their identifier
 * codes, their {@link vn.edoc.org.Unit}s (văn phòng, phòng ban, lãnh đạo), the {@link vn.edoc.org.Person}s working
 * there with their {@link vn.edoc.org.Position}s ({@link vn.edoc.org.Role} and {@link vn.edoc.org.LeaderRank}), and
 * their personal {@link vn.edoc.org.Account}s, whose status follows the explicit lifecycle of
 * {@link vn.edoc.org.AccountTransition} (R-ACC-1..2). A {@link vn.edoc.org.Directory} is an immutable snapshot of
 * all of it; {@link vn.edoc.org.AccountAdministration} changes accounts as pure functions returning a new directory
 * and the {@link vn.edoc.org.AdminAction}s to audit.
 *
 * <p>What each role may do, and the checks made before every action (acting for another person, locked accounts,
 * reach of a role), live in {@code vn.edoc.routing} ({@code Action}, {@code Permissions}). The violations of this
 * package are listed in {@link vn.edoc.org.OrgViolation}.
 */
package vn.edoc.org;
