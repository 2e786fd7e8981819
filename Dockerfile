# tollgate in a container: docker build -t tollgate . && docker run --rm -v "$PWD:/src" tollgate scan .
# See docs/docker.md. The rules are embedded in the binary.

# Build stage: the same `make build` as on a developer's machine. scripts/setup.sh installs the Debian packages
# and runs npm ci for the tree-sitter sources (the base image has neither make nor a compiler, so it runs first).
FROM debian:bookworm AS build
WORKDIR /src
COPY . .
RUN bash scripts/setup.sh && make build

# Runtime stage. The binary links RE2, libyaml, Lua, libcrypto, jemalloc and the C++ runtime statically (see
# CMakeLists.txt, TOLLGATE_STATIC_DEPS); `ldd build/tollgate` lists only libc.so.6, libm.so.6 and
# ld-linux-x86-64.so.2, all from libc6, which the base image has (the `tollgate --version` below fails the build
# if that ever changes). git is for --staged, --diff and `tollgate git`; /src, where `docker run -v` mounts a
# checkout that another user owns, is declared safe for it, or git would refuse that repository.
FROM debian:bookworm-slim
# The git package version pinned, as tollgate's supply-chain.unpinned-package asks: bookworm's at the time of
# writing. When Debian replaces it, the build fails at apt-get; pass the current one (apt-cache policy git)
# with --build-arg GIT_VERSION=... or update it here.
ARG GIT_VERSION=1:2.39.5-0+deb12u3
RUN apt-get update \
    && apt-get install -y --no-install-recommends "git=${GIT_VERSION}" \
    && rm -rf /var/lib/apt/lists/* \
    && git config --system --add safe.directory /src \
    && useradd --uid 10001 --user-group --create-home --shell /usr/sbin/nologin tollgate \
    && ln -s /usr/local/share/tollgate/ci/gitlab.sh /usr/local/bin/tollgate-gitlab
COPY --from=build /src/build/tollgate /usr/local/bin/tollgate
# The GitLab CI job's script (ci/gitlab/tollgate.gitlab-ci.yml runs it as tollgate-gitlab) and what it sources.
COPY --chmod=0755 scripts/ci/gitlab.sh scripts/ci/common.sh /usr/local/share/tollgate/ci/
RUN ["tollgate", "--version"]
USER 10001
WORKDIR /src
ENTRYPOINT ["tollgate"]
CMD ["scan", "."]
