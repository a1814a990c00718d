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
CMD ["java", "-jar", "/app/quarkus-run.jar"]
