"""Build, check and publish the generated packages (`specbind build`, `specbind publish`)."""

from specbind.publish.packages import (
    BuildReport,
    BuiltPackage,
    ChecksFailed,
    PackageProject,
    build_packages,
    generated_projects,
    publish_packages,
)
from specbind.publish.upload import UploadResult, VersionExists

__all__ = [
    "BuildReport",
    "BuiltPackage",
    "ChecksFailed",
    "PackageProject",
    "UploadResult",
    "VersionExists",
    "build_packages",
    "generated_projects",
    "publish_packages",
]
