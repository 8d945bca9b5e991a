package vn.edoc.org;

import java.util.Set;
import vn.edoc.id.OrganCode;

/**
 * A small directory for tests: the People's Committee of Tuy Phước district (the route of TP Đ3) and the
 * Department of Justice of Bình Định province, with account names made by R-ID-4.
 */
public final class OrgFixtures {

    public static final OrganCode TUY_PHUOC = OrganCode.parse("000.00.12.H08");
    public static final OrganCode SO_TU_PHAP = OrganCode.parse("000.00.05.H08");

    public static final Organisation DISTRICT = Organisation.of(TUY_PHUOC, "Ủy ban nhân dân huyện Tuy Phước",
            OrganisationKind.DISTRICT_PEOPLES_COMMITTEE, "tuyphuoc");
    public static final Organisation JUSTICE_DEPARTMENT = Organisation.of(SO_TU_PHAP, "Sở Tư pháp tỉnh Bình Định",
            OrganisationKind.DEPARTMENT, "stp");

    public static final String LEADERSHIP = "tp-lanhdao";
    public static final String OFFICE = "tp-vanphong";
    public static final String JUSTICE = "tp-tuphap";
    public static final String FINANCE = "tp-tckh";
    public static final String STP_BOARD = "stp-bangiamdoc";
    public static final String STP_OFFICE = "stp-vanphong";

    // people of Tuy Phước
    public static final String CHAIR = "chair";
    public static final String VICE_CHAIR = "vice-chair";
    public static final String OFFICE_CHIEF = "office-chief";
    public static final String CLERK = "clerk";
    public static final String ADMIN = "admin";
    public static final String MONITOR = "monitor";
    public static final String JUSTICE_HEAD = "justice-head";
    public static final String JUSTICE_OFFICER = "justice-officer";
    public static final String FINANCE_HEAD = "finance-head";
    public static final String FINANCE_DEPUTY = "finance-deputy";
    public static final String SPECIALIST = "specialist";
    public static final String FINANCE_CLERK = "finance-clerk";
    public static final String NEWCOMER = "newcomer";
    // people of the Department of Justice
    public static final String DIRECTOR = "director";
    public static final String DEPUTY_DIRECTOR = "deputy-director";
    public static final String ACTING_DIRECTOR = "acting-director";
    public static final String STP_ADMIN = "stp-admin";
    public static final String STP_OFFICE_CHIEF = "stp-office-chief";

    private OrgFixtures() {
    }

    /** The directory: everyone has an active account except the newcomer, who has none. */
    public static Directory directory() {
        Directory.Builder b = Directory.builder().add(DISTRICT).add(JUSTICE_DEPARTMENT)
                .add(Unit.of(LEADERSHIP, TUY_PHUOC, "Lãnh đạo UBND huyện", "LĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(OFFICE, TUY_PHUOC, "Văn phòng HĐND và UBND huyện", "VP", UnitKind.OFFICE))
                .add(Unit.of(JUSTICE, TUY_PHUOC, "Phòng Tư pháp", "TP", UnitKind.DEPARTMENT))
                .add(Unit.of(FINANCE, TUY_PHUOC, "Phòng Tài chính - Kế hoạch", "TCKH", UnitKind.DEPARTMENT))
                .add(Unit.of(STP_BOARD, SO_TU_PHAP, "Ban Giám đốc", "BGĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(STP_OFFICE, SO_TU_PHAP, "Văn phòng Sở", "VP", UnitKind.OFFICE));
        person(b, CHAIR, "Nguyễn Văn Chiến", TUY_PHUOC, LEADERSHIP, "chiennv.tuyphuoc", Role.LEADER,
                Position.of(Role.LEADER));
        person(b, VICE_CHAIR, "Trần Thị Mai", TUY_PHUOC, LEADERSHIP, "maitt.tuyphuoc", Role.LEADER,
                Position.deputy(Role.LEADER));
        person(b, OFFICE_CHIEF, "Lê Văn Hùng", TUY_PHUOC, OFFICE, "hunglv.tuyphuoc", Role.OFFICE_CHIEF,
                Position.of(Role.OFFICE_CHIEF));
        person(b, CLERK, "Phạm Thị Lan", TUY_PHUOC, OFFICE, "lanpt.tuyphuoc", Role.CLERK, Position.of(Role.CLERK));
        person(b, ADMIN, "Võ Minh Tuấn", TUY_PHUOC, OFFICE, "tuanvm.tuyphuoc", Role.ADMINISTRATOR,
                Position.of(Role.ADMINISTRATOR));
        person(b, MONITOR, "Đỗ Thị Hoa", TUY_PHUOC, OFFICE, "hoadt.tuyphuoc", Role.MONITORING_OFFICER,
                Position.of(Role.MONITORING_OFFICER));
        person(b, JUSTICE_HEAD, "Huỳnh Văn Nam", TUY_PHUOC, JUSTICE, "namhv.tuyphuoc", Role.UNIT_HEAD,
                Position.of(Role.UNIT_HEAD));
        person(b, JUSTICE_OFFICER, "Ngô Thị Thu", TUY_PHUOC, JUSTICE, "thunt.tuyphuoc", Role.JUSTICE_OFFICER,
                Position.of(Role.JUSTICE_OFFICER));
        person(b, FINANCE_DEPUTY, "Đặng Văn Bình", TUY_PHUOC, FINANCE, "binhdv.tuyphuoc", Role.UNIT_HEAD,
                Position.deputy(Role.UNIT_HEAD));
        person(b, FINANCE_HEAD, "Bùi Văn Đức", TUY_PHUOC, FINANCE, "ducbv.tuyphuoc", Role.UNIT_HEAD,
                Position.of(Role.UNIT_HEAD));
        person(b, SPECIALIST, "Nguyễn Văn Chiến", TUY_PHUOC, FINANCE, "chiennv1.tuyphuoc", Role.SPECIALIST,
                Position.of(Role.SPECIALIST));
        person(b, FINANCE_CLERK, "Trương Thị Hạnh", TUY_PHUOC, FINANCE, "hanhtt.tuyphuoc", Role.CLERK,
                Position.of(Role.CLERK));
        b.add(Person.of(NEWCOMER, "Lê Thị Hồng", TUY_PHUOC, FINANCE, Position.of(Role.SPECIALIST)));
        person(b, DIRECTOR, "Phan Văn Long", SO_TU_PHAP, STP_BOARD, "longpv.stp", Role.LEADER,
                Position.of(Role.LEADER));
        person(b, DEPUTY_DIRECTOR, "Lý Thị Nga", SO_TU_PHAP, STP_BOARD, "ngalt.stp", Role.LEADER,
                Position.deputy(Role.LEADER));
        person(b, ACTING_DIRECTOR, "Mai Văn Tâm", SO_TU_PHAP, STP_BOARD, "tammv.stp", Role.LEADER,
                Position.acting(Role.LEADER));
        person(b, STP_ADMIN, "Hồ Văn Sơn", SO_TU_PHAP, STP_OFFICE, "sonhv.stp", Role.ADMINISTRATOR,
                Position.of(Role.ADMINISTRATOR));
        person(b, STP_OFFICE_CHIEF, "Tạ Thị Yến", SO_TU_PHAP, STP_OFFICE, "yentt.stp", Role.OFFICE_CHIEF,
                Position.of(Role.OFFICE_CHIEF));
        return b.build();
    }

    private static void person(Directory.Builder b, String id, String fullName, OrganCode org, String unit,
                               String account, Role role, Position... positions) {
        b.add(new Person(id, fullName, account, org, unit, Set.of(positions)));
        b.add(Account.active(account, id, Set.of(role)));
    }

    /** The account name of a person of {@link #directory()}. */
    public static String accountOf(Directory directory, String personId) {
        return directory.person(personId).orElseThrow().accountName();
    }
}
