# Build stage: the Maven wrapper and a JDK are all the build needs.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Run stage: a JDK, not a JRE, because the judge compiles users' Java at run time with the JDK compiler.
FROM eclipse-temurin:17-jdk
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home judge
USER judge
WORKDIR /home/judge
COPY --from=build /src/backend/target/backend-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
