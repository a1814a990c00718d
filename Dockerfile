# Builds and runs the service on the JVM. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# The service runs as a user of its own, never as root; /app/data holds the embedded PostgreSQL's
# folder when no database is configured.
RUN useradd --system --create-home --home-dir /home/tracker --shell /usr/sbin/nologin tracker
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
COPY seeds /app/seeds
COPY datasets /app/datasets
COPY ops/service.jvm /app/service.jvm
RUN mkdir -p /app/data && chown tracker /app/data
USER tracker
EXPOSE 8080
# Ready means migrated, loaded and serving (/q/health/ready); checked with bash alone (the image
# has no curl guarantee): an HTTP/1.0 request, which needs no Host header.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /q/health/ready HTTP/1.0\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
# Few malloc arenas, and the JVM options of ops/service.jvm (a capped heap, the parallel collector):
# the service needs little memory (docs/performance.md).
ENV MALLOC_ARENA_MAX=2
CMD ["java", "@/app/service.jvm", "-jar", "/app/quarkus-run.jar"]
