# syntax=docker/dockerfile:1
# Multi-stage build: a static binary on a minimal, non-root runtime image,
# with the book, the prompts and a ready-built index, so the container
# starts answering at once.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/chapterbot ./cmd/chapterbot
# Build the index now; its manifest records content hashes, not paths, so
# it is current for /app/content below.
RUN mkdir -p /out/data \
 && /out/chapterbot index --content /src/content --index /out/data/index

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/chapterbot /usr/local/bin/chapterbot
# Owned by the bot's user so that /reindex can add an uploaded chapter; mount
# a volume at /app/content to keep uploads across container re-creation.
COPY --from=build --chown=nonroot:nonroot /src/content /app/content
COPY --from=build /src/prompts /app/prompts
COPY --from=build --chown=nonroot:nonroot /out/data /data
WORKDIR /app
ENV CONTENT_DIR=/app/content \
    PROMPTS_DIR=/app/prompts \
    INDEX_DIR=/data/index \
    FEEDBACK_FILE=/data/feedback.jsonl \
    METRICS_ADDR=:9090 \
    LOG_FORMAT=json
# The index and the feedback store live here; a new named volume starts
# with the index built above.
VOLUME ["/data"]
USER nonroot:nonroot
EXPOSE 9090
# The health check needs METRICS_ADDR (set above); keep it set.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/usr/local/bin/chapterbot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/chapterbot"]
CMD ["serve"]
