from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mentor_facet_terms import MentorFacetTerms


T = TypeVar("T", bound="MentorFacet")


@_attrs_define
class MentorFacet:
    """Serializer for mentor facets

    Attributes:
        total (int): Total number of mentors in this facet
        terms (MentorFacetTerms): Terms and their counts in this facet
        other (int): Count of mentors not in any term
    """

    total: int
    terms: MentorFacetTerms
    other: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        terms = self.terms.to_dict()

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "terms": terms,
                "other": other,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_facet_terms import MentorFacetTerms  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        terms = MentorFacetTerms.from_dict(d.pop("terms"))

        other = d.pop("other")

        mentor_facet = cls(
            total=total,
            terms=terms,
            other=other,
        )

        mentor_facet.additional_properties = d
        return mentor_facet

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
