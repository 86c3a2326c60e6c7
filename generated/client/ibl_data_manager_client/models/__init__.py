"""Contains all the data models used in inputs/outputs"""

from .mentor_access_policy import MentorAccessPolicy
from .patched_rbac_group import PatchedRbacGroup
from .platform import Platform
from .rbac_group import RbacGroup
from .rbac_policy_group import RbacPolicyGroup
from .rbac_user import RbacUser

__all__ = (
    "MentorAccessPolicy",
    "PatchedRbacGroup",
    "Platform",
    "RbacGroup",
    "RbacPolicyGroup",
    "RbacUser",
)
