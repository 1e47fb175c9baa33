# syntax=docker/dockerfile:1
# Build with the Maven wrapper on a JDK, run the layered jar on a JRE as a non-root user.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve
COPY src src
COPY openapi openapi
# The build stage runs on the image's architecture, so the jar keeps Cedar's native library for it (pom: cedar.natives).
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/gateway-control-plane-*-SNAPSHOT.jar extract --layers --destination target/extracted

# JDK 25 runs the Java 21 jar and has the AOT cache (JEP 483, 514): classes loaded and linked once at build time.
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 controlplane \
 && useradd --system --uid 10001 --gid controlplane --home-dir /app controlplane \
 && mkdir -p /data && chown controlplane:controlplane /data
WORKDIR /app
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./
# The AOT cache's training run: the whole application context is built, without a database (nothing connects
# before the context is ready: the JDBC dialect and the queue's SQL are declared, Flyway is off here), and the JVM
# exits 0 before anything starts (web server, provisioner); a run that stops earlier fails the build
# (JarStartupIntegrationTests). Its flags are the ENTRYPOINT's (a cache made with another GC or heap is refused),
# -Dspring.aot.enabled=true included: the context Spring AOT generated at package (pom: spring-aot-process).
# Start-up figures: docs/operations.md.
RUN mv gateway-control-plane-*.jar gateway-control-plane.jar \
 && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:1/training SPRING_FLYWAY_ENABLED=false \
    SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI=http://127.0.0.1:1/training \
    CONTROLPLANE_SECURITY_ALLOWEDAUDIENCES=training \
    java -XX:+UseSerialGC -Xmx192m -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000 --enable-native-access=ALL-UNNAMED -Dspring.aot.enabled=true -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar gateway-control-plane.jar \
 && test -s app.aot
USER controlplane
# Only used with profile local (compose): the issuer key and any embedded database live here.
ENV CONTROLPLANE_LOCAL_DATA_DIR=/data
# glibc's malloc arenas per thread are resident memory the heap limit does not bound.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
# bash's /dev/tcp keeps the image free of curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
# Resident memory stays under 400 MB under load (docs/benchmarks.md): heap, metaspace, code cache and thread stacks capped.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx192m", "-XX:MetaspaceSize=128m", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-XX:TrimNativeHeapInterval=5000", "--enable-native-access=ALL-UNNAMED", "-Dspring.aot.enabled=true", "-XX:AOTCache=app.aot", "-jar", "gateway-control-plane.jar"]
