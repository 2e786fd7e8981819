# escape=`
FROM a
RUN echo `
  b
ARG
LABEL a="b" c
HEALTHCHECK CMD
