"""The client runtime that is the same for every API: copied into each generated
package verbatim (`specbind.client.generate.RUNTIME_SOURCES`), so it is linted,
type-checked and tested here as source.

Only what varies per API stays a template in `templates/client/` (`_client.py`,
`_exceptions.py`, `_schemas.py`, `_fast_check.py`, the resources, the operation modules);
`_validation.py` is still a template-free `.jinja` there because it imports the per-API
`_schemas` and `_fast_check` modules.
"""
