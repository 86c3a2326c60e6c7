from enum import StrEnum


class TransportEnum(StrEnum):
    SSE = "sse"
    STREAMABLE_HTTP = "streamable_http"
    WEBSOCKET = "websocket"

    def __str__(self) -> str:
        return str(self.value)
