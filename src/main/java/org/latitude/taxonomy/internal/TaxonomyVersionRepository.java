package org.latitude.taxonomy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaxonomyVersionRepository extends JpaRepository<TaxonomyVersion, Long> {

    @Query("select v from TaxonomyVersion v where v.taxonomy.key = :key and v.versionLabel = :label")
    Optional<TaxonomyVersion> findByKeyAndLabel(String key, String label);

    @EntityGraph(attributePaths = "entries")
    @Query("select distinct v from TaxonomyVersion v order by v.name, v.versionLabel")
    List<TaxonomyVersion> findAllWithEntries();

    @EntityGraph(attributePaths = "entries")
    @Query("select v from TaxonomyVersion v where v.id = :id")
    Optional<TaxonomyVersion> findWithEntries(long id);
}
