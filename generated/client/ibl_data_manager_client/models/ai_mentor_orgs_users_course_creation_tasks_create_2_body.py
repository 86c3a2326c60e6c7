from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_creation_task_file_request import CourseCreationTaskFileRequest


T = TypeVar("T", bound="AiMentorOrgsUsersCourseCreationTasksCreate2Body")


@_attrs_define
class AiMentorOrgsUsersCourseCreationTasksCreate2Body:
    """
    Attributes:
        id (int):
        user_id (str):
        student (int): edX user ID
        name (str):
        description (str): Description of the course to create and its requirements
        target_audience (str): The intended audience for the course. eg. Grade 11 students.
        platform (int):
        platform_key (str):
        status (Any):
        course_data (Any):
        logs (str):
        files (list[CourseCreationTaskFileRequest]):
        date_created (datetime.datetime):
        last_modified (datetime.datetime):
        publish_course (bool | Unset):
        provider (str | Unset):
        model (str | Unset):
        desired_number_of_sections (int | Unset):
    """

    id: int
    user_id: str
    student: int
    name: str
    description: str
    target_audience: str
    platform: int
    platform_key: str
    status: Any
    course_data: Any
    logs: str
    files: list[CourseCreationTaskFileRequest]
    date_created: datetime.datetime
    last_modified: datetime.datetime
    publish_course: bool | Unset = UNSET
    provider: str | Unset = UNSET
    model: str | Unset = UNSET
    desired_number_of_sections: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        student = self.student

        name = self.name

        description = self.description

        target_audience = self.target_audience

        platform = self.platform

        platform_key = self.platform_key

        status = self.status

        course_data = self.course_data

        logs = self.logs

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        publish_course = self.publish_course

        provider = self.provider

        model = self.model

        desired_number_of_sections = self.desired_number_of_sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "student": student,
                "name": name,
                "description": description,
                "target_audience": target_audience,
                "platform": platform,
                "platform_key": platform_key,
                "status": status,
                "course_data": course_data,
                "logs": logs,
                "files": files,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )
        if publish_course is not UNSET:
            field_dict["publish_course"] = publish_course
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if desired_number_of_sections is not UNSET:
            field_dict["desired_number_of_sections"] = desired_number_of_sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_creation_task_file_request import CourseCreationTaskFileRequest  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        student = d.pop("student")

        name = d.pop("name")

        description = d.pop("description")

        target_audience = d.pop("target_audience")

        platform = d.pop("platform")

        platform_key = d.pop("platform_key")

        status = d.pop("status")

        course_data = d.pop("course_data")

        logs = d.pop("logs")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = CourseCreationTaskFileRequest.from_dict(files_item_data)

            files.append(files_item)

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        publish_course = d.pop("publish_course", UNSET)

        provider = d.pop("provider", UNSET)

        model = d.pop("model", UNSET)

        desired_number_of_sections = d.pop("desired_number_of_sections", UNSET)

        ai_mentor_orgs_users_course_creation_tasks_create_2_body = cls(
            id=id,
            user_id=user_id,
            student=student,
            name=name,
            description=description,
            target_audience=target_audience,
            platform=platform,
            platform_key=platform_key,
            status=status,
            course_data=course_data,
            logs=logs,
            files=files,
            date_created=date_created,
            last_modified=last_modified,
            publish_course=publish_course,
            provider=provider,
            model=model,
            desired_number_of_sections=desired_number_of_sections,
        )

        ai_mentor_orgs_users_course_creation_tasks_create_2_body.additional_properties = d
        return ai_mentor_orgs_users_course_creation_tasks_create_2_body

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
