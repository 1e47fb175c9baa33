# syntax=docker/dockerfile:1
# Build with the Maven wrapper on a JDK, run the layered jar on a JRE as a non-root user.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve
COPY src src
COPY openapi openapi
# The build stage runs on the image's architecture, so the jar keeps Cedar's native library for it (pom: cedar.natives).
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/gateway-control-plane-*-SNAPSHOT.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 controlplane \
 && useradd --system --uid 10001 --gid controlplane --home-dir /app controlplane \
 && mkdir -p /data && chown controlplane:controlplane /data
WORKDIR /app
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./
USER controlplane
# Only used with profile local (compose): the issuer key and any embedded database live here.
ENV CONTROLPLANE_LOCAL_DATA_DIR=/data
EXPOSE 8080
# bash's /dev/tcp keeps the image free of curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--enable-native-access=ALL-UNNAMED", "org.springframework.boot.loader.launch.JarLauncher"]
