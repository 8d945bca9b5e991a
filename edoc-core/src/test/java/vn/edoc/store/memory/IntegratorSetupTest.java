package vn.edoc.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Directory;
import vn.edoc.org.Organisation;
import vn.edoc.org.OrganisationKind;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.org.UnitKind;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.Scope;
import vn.edoc.time.MutableClock;
import vn.edoc.validation.EdocRuleException;

/**
 * What an integrator needs to set up a system for a test or a demo: stores that start from a directory, people whose
 * accounts take the roles of their positions (declared once), and a clock moved by hand from main code.
 */
class IntegratorSetupTest {

    private static final OrganCode ORG = OrganCode.parse("000.00.00.H37");

    private static Directory directory() {
        return Directory.builder()
                .add(Organisation.of(ORG, "Ủy ban nhân dân tỉnh Lạng Sơn", OrganisationKind.PROVINCIAL_PEOPLES_COMMITTEE))
                .add(Unit.of("vp", ORG, "Văn phòng", "VP", UnitKind.OFFICE))
                .addWithAccount(new Person("p1", "Nguyễn Thị Lan", "lannt", ORG, "vp",
                        Set.of(Position.of(Role.CLERK))))
                .addWithAccount(new Person("p2", "Trần Văn Hùng", "hungtv", ORG, "vp",
                        Set.of(Position.of(Role.OFFICE_CHIEF), Position.of(Role.MONITORING_OFFICER))))
                .build();
    }

    @Test
    void storesStartFromTheGivenDirectory() {
        Directory d = directory();
        MemoryStores stores = MemoryStores.create(d);
        assertThat(stores.directory().current()).isEqualTo(d);
        assertThat(MemoryStores.create().directory().current().people()).isEmpty();
    }

    @Test
    void accountsTakeTheRolesOfThePositionsDeclaredOnce() {
        Directory d = directory();
        assertThat(d.account("hungtv").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.OFFICE_CHIEF, Role.MONITORING_OFFICER);
        assertThat(d.accountOf("p1").orElseThrow().roles()).containsExactly(Role.CLERK);
        Actor clerk = Actor.loggedIn(d, "lannt");
        assertThat(Permissions.check(clerk, Action.REGISTER_INCOMING, Scope.organisation(ORG)).isValid()).isTrue();
        assertThat(Permissions.check(clerk, Action.PROPOSE, Scope.organisation(ORG)).isValid()).isFalse();
        assertThatThrownBy(() -> Directory.builder().addWithAccount(Person.of("p3", "Lê Văn An", ORG, "vp",
                Position.of(Role.CLERK)))).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void theHandMovedClockIsInMainCode() {
        MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        clock.advance(Duration.ofHours(7));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T07:00:00Z"));
        clock.set(Instant.parse("2026-02-17T01:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-02-17T01:00:00Z"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThatThrownBy(() -> clock.withZone(ZoneOffset.ofHours(7)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
