package dev.agentcore.controlplane;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.postgresql.util.PGobject;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Spring Data JDBC with the value types of {@link JsonColumns} mapped to {@code jsonb}, so an
 * aggregate's nested configuration is one column instead of a table per level.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

	private final JsonMapper json;

	private final Set<Class<?>> types;

	JdbcConfiguration(JsonMapper json, List<JsonColumns> columns) {
		this.json = json;
		this.types = columns.stream().flatMap(column -> column.types().stream()).collect(Collectors.toSet());
	}

	/**
	 * PostgreSQL, said rather than asked: resolving the dialect opened a connection while the context was built, the
	 * only one before it is ready, which stopped the image's AOT cache training (made without a database) there.
	 */
	@Bean
	@Override
	public JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
		return JdbcPostgresDialect.INSTANCE;
	}

	/** Boot's transaction manager (its customizers applied), sending {@link WritesAtCommit} with the COMMIT. */
	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		WritesAtCommitTransactionManager manager = new WritesAtCommitTransactionManager(dataSource);
		customizers.ifAvailable(customizer -> customizer.customize(manager));
		return manager;
	}

	@Override
	protected List<?> userConverters() {
		return List.of(new ToJsonb(json, types), new FromJsonb(json, types));
	}

	@WritingConverter
	record ToJsonb(JsonMapper json, Set<Class<?>> types) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return types.stream().map(type -> new ConvertiblePair(type, PGobject.class)).collect(Collectors.toSet());
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null) {
				return null;
			}
			PGobject jsonb = new PGobject();
			jsonb.setType("jsonb");
			try {
				jsonb.setValue(json.writeValueAsString(source));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return jsonb;
		}

	}

	@ReadingConverter
	record FromJsonb(JsonMapper json, Set<Class<?>> types) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return types.stream().map(type -> new ConvertiblePair(PGobject.class, type)).collect(Collectors.toSet());
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null || ((PGobject) source).getValue() == null) {
				return null;
			}
			return json.readValue(((PGobject) source).getValue(), targetType.getType());
		}

	}

}
