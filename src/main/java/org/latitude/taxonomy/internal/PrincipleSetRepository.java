package org.latitude.taxonomy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrincipleSetRepository extends JpaRepository<PrincipleSetEntity, Long> {

    Optional<PrincipleSetEntity> findByKeyAndVersionLabel(String key, String versionLabel);

    @EntityGraph(attributePaths = "principles")
    @Query("select distinct s from PrincipleSetEntity s order by s.name, s.versionLabel")
    List<PrincipleSetEntity> findAllWithPrinciples();

    @EntityGraph(attributePaths = "principles")
    @Query("select s from PrincipleSetEntity s where s.id = :id")
    Optional<PrincipleSetEntity> findWithPrinciples(long id);
}
