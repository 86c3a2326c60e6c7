from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.user_chat_feedback_rating import UserChatFeedbackRating
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserChatFeedbackRequest")


@_attrs_define
class UserChatFeedbackRequest:
    """
    Attributes:
        username (str):
        session (str):
        user_text (str):
        ai_response (str):
        reason (str):
        additional_feedback (str):
        mentor (int):
        rating (UserChatFeedbackRating | Unset): * `1` - Up Vote * `-1` - Down Vote
        inserted_at (datetime.datetime | Unset):
        message (int | None | Unset):
    """

    username: str
    session: str
    user_text: str
    ai_response: str
    reason: str
    additional_feedback: str
    mentor: int
    rating: UserChatFeedbackRating | Unset = UNSET
    inserted_at: datetime.datetime | Unset = UNSET
    message: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        session = self.session

        user_text = self.user_text

        ai_response = self.ai_response

        reason = self.reason

        additional_feedback = self.additional_feedback

        mentor = self.mentor

        rating: int | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating.value

        inserted_at: str | Unset = UNSET
        if not isinstance(self.inserted_at, Unset):
            inserted_at = self.inserted_at.isoformat()

        message: int | None | Unset = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "session": session,
                "user_text": user_text,
                "ai_response": ai_response,
                "reason": reason,
                "additional_feedback": additional_feedback,
                "mentor": mentor,
            }
        )
        if rating is not UNSET:
            field_dict["rating"] = rating
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("username", (None, str(self.username).encode(), "text/plain")))

        files.append(("session", (None, str(self.session).encode(), "text/plain")))

        files.append(("user_text", (None, str(self.user_text).encode(), "text/plain")))

        files.append(("ai_response", (None, str(self.ai_response).encode(), "text/plain")))

        files.append(("reason", (None, str(self.reason).encode(), "text/plain")))

        files.append(
            ("additional_feedback", (None, str(self.additional_feedback).encode(), "text/plain"))
        )

        files.append(("mentor", (None, str(self.mentor).encode(), "text/plain")))

        if not isinstance(self.rating, Unset):
            files.append(("rating", (None, str(self.rating.value).encode(), "text/plain")))

        if not isinstance(self.inserted_at, Unset):
            files.append(
                ("inserted_at", (None, self.inserted_at.isoformat().encode(), "text/plain"))
            )

        if not isinstance(self.message, Unset):
            if isinstance(self.message, int):
                files.append(("message", (None, str(self.message).encode(), "text/plain")))
            else:
                files.append(("message", (None, str(self.message).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        session = d.pop("session")

        user_text = d.pop("user_text")

        ai_response = d.pop("ai_response")

        reason = d.pop("reason")

        additional_feedback = d.pop("additional_feedback")

        mentor = d.pop("mentor")

        _rating = d.pop("rating", UNSET)
        rating: UserChatFeedbackRating | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = UserChatFeedbackRating(_rating)

        _inserted_at = d.pop("inserted_at", UNSET)
        inserted_at: datetime.datetime | Unset
        if isinstance(_inserted_at, Unset):
            inserted_at = UNSET
        else:
            inserted_at = datetime.datetime.fromisoformat(_inserted_at)

        message = d.pop("message", UNSET)

        user_chat_feedback_request = cls(
            username=username,
            session=session,
            user_text=user_text,
            ai_response=ai_response,
            reason=reason,
            additional_feedback=additional_feedback,
            mentor=mentor,
            rating=rating,
            inserted_at=inserted_at,
            message=message,
        )

        user_chat_feedback_request.additional_properties = d
        return user_chat_feedback_request

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
