"""briefterm: a full-screen terminal reader that briefs news and commentary."""

__version__ = "0.1.0"
