"""The dashboard and the JSON API (FastAPI). ``create_app`` lives in ``bantin.web.app``; this
package's other modules (charts, queries) need neither FastAPI nor a server."""
