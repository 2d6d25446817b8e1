# ladder in a container: built from this tree on Debian 12, run from a slim Debian 12 with
# nothing but the binary (yaml-cpp and fmt are built in: LADDER_PORTABLE).
#   docker build -t ladder .
#   docker run --rm -v "$PWD:/src" ladder validate          (in a criteria repository)
# pre-commit's `language: docker` hooks (.pre-commit-hooks.yaml) build and run this file too.
FROM debian:12 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends g++ cmake make libcli11-dev libyaml-cpp-dev \
      libfmt-dev nlohmann-json3-dev \
 && rm -rf /var/lib/apt/lists/*
COPY . /ladder
RUN cmake -S /ladder -B /build -DCMAKE_BUILD_TYPE=Release -DLADDER_PORTABLE=ON -DLADDER_TESTS=OFF \
 && cmake --build /build --parallel "$(nproc)" \
 && cmake --install /build --prefix /opt/ladder --strip \
 && /opt/ladder/bin/ladder --version

FROM debian:12-slim
COPY --from=build /opt/ladder /usr/local
# The repository to check is mounted here; pre-commit mounts it at /src as well.
WORKDIR /src
ENTRYPOINT ["ladder"]
CMD ["--help"]
