"""service: the web app and REST API (`warta serve` runs `create_app` under uvicorn)."""

from warta.service.app import create_app

__all__ = ["create_app"]
