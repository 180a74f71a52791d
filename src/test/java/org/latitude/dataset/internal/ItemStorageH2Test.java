package org.latitude.dataset.internal;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The storage tests on an in-memory H2 database of their own, migrated by Flyway (no Spring context). */
class ItemStorageH2Test extends ItemStorageContract {

    private DataSource dataSource;

    @Override
    DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                    "jdbc:h2:mem:dataset-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        }
        return dataSource;
    }
}
