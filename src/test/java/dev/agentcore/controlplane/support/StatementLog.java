package dev.agentcore.controlplane.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The statements and commits an application sends to the database, as the JDBC driver sees them (a proxy around the
 * data source), each with the name of the thread that sent it: a test counts the round trips of one request.
 * Import it ({@code @Import(StatementLog.Configuration.class)}) and autowire {@link StatementLog}.
 */
public final class StatementLog {

	/**
	 * One round trip: a statement (a batch or a multi-statement text counts once) or a commit that the driver sent (it
	 * sends none for a transaction that a statement's own COMMIT ended).
	 */
	public record Entry(String thread, String sql) {

		public boolean isCommit() {
			return "commit".equals(sql) || sql.endsWith("; commit");
		}

	}

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	public void clear() {
		entries.clear();
	}

	/** What threads matching {@code threads} sent since the last {@link #clear()}. */
	public List<Entry> of(Predicate<String> threads) {
		return entries.stream().filter(entry -> threads.test(entry.thread())).toList();
	}

	DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
				? commitsRecorded(proxy(Connection.class, connection, this::onConnection), connection) : result);
	}

	/** A commit is recorded when the driver sends one: while its transaction is still open. */
	private Connection commitsRecorded(Connection recorded, Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(self, method, args) -> {
					if (method.getName().equals("commit")
							&& connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
						record("commit");
					}
					try {
						return method.invoke(recorded, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private Object onConnection(Method method, Object[] args, Object result) {
		if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
			return proxy(PreparedStatement.class, prepared, (call, callArgs, callResult) -> {
				if (call.getName().startsWith("execute")) {
					record(sql);
				}
				return callResult;
			});
		}
		if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
			return proxy(Statement.class, statement, (call, callArgs, callResult) -> {
				if (call.getName().startsWith("execute") && callArgs != null && callArgs[0] instanceof String sql) {
					record(sql);
				}
				return callResult;
			});
		}
		return result;
	}

	private void record(String sql) {
		entries.add(new Entry(Thread.currentThread().getName(), sql.strip().replaceAll("\\s+", " ")));
	}

	private interface After {

		Object apply(Method method, Object[] args, Object result) throws Exception;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (self, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static StatementLog statementLog() {
			return new StatementLog();
		}

		@Bean
		static BeanPostProcessor statementLogging(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? log.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
