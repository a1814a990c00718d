# Builds and runs the service on the JVM. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
COPY seeds /app/seeds
EXPOSE 8080
# A capped heap and few malloc arenas: the service needs little memory (docs/performance.md).
ENV MALLOC_ARENA_MAX=2
CMD ["java", "-Xmx128m", "-XX:+UseParallelGC", "-jar", "/app/quarkus-run.jar"]
