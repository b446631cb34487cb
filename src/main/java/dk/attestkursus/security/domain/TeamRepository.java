package dk.attestkursus.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findAllByOrderByNameAsc();

    @Query("select t from Team t where lower(t.name) = lower(:name)")
    Optional<Team> findByNameIgnoringCase(String name);
}
