"""Uploads on S3-compatible object storage, against a local S3 server (moto) started here."""

import io
import json
import urllib.request

import boto3
import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.test import override_settings
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from wagtail.images import get_image_model

from site_cms.settings.base import media_storage

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "test-key", "AWS_SECRET_ACCESS_KEY": "test-secret"}


@pytest.fixture(scope="module")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, request):
    """An empty bucket and the environment that points the site at it."""
    name = f"media-{request.node.name.replace('_', '-')[:40]}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=name)
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_images_policy(name)))
    environ = {
        **CREDENTIALS,
        "AWS_STORAGE_BUCKET_NAME": name,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
    }
    return client, name, environ


def public_images_policy(name, prefix=""):
    """The bucket policy the README gives: images are public, documents are not."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{name}/{prefix}images/*",
                    f"arn:aws:s3:::{name}/{prefix}original_images/*",
                ],
            }
        ],
    }


def stored_keys(client, name):
    return {item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", [])}


def upload_image(filename="logo.png"):
    content = io.BytesIO()
    PILImage.new("RGB", (320, 200), "#1d7874").save(content, "PNG")
    image = get_image_model()(title="Logo")
    image.file = ImageFile(content, name=filename)
    image.save()
    return image


def uploads_to(environ):
    return override_settings(STORAGES={**settings.STORAGES, "default": media_storage(environ)})


def test_uploads_stay_on_disk_without_a_bucket():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


@pytest.mark.django_db
def test_images_and_renditions_are_stored_in_the_bucket_and_served_from_it(bucket):
    client, name, environ = bucket
    with uploads_to(environ):
        image = upload_image()
        rendition = image.get_rendition("fill-80x60")
        same_name = upload_image()

        original_url, rendition_url = image.file.url, rendition.url

    assert stored_keys(client, name) == {image.file.name, rendition.file.name, same_name.file.name}
    assert image.file.name.startswith("original_images/logo")
    assert rendition.file.name.startswith("images/logo")
    assert same_name.file.name != image.file.name  # a second "logo.png" replaces nothing
    prefix = f"{environ['AWS_S3_ENDPOINT_URL']}/{name}/"
    for url in (original_url, rendition_url):
        assert url.startswith(prefix)
        assert "?" not in url  # plain URLs that caches can keep
    with urllib.request.urlopen(rendition_url, timeout=5) as response:  # noqa: S310
        assert PILImage.open(io.BytesIO(response.read())).size == (80, 60)


@pytest.mark.django_db
def test_a_custom_domain_and_prefix_name_the_files(bucket):
    client, name, environ = bucket
    environ = {**environ, "AWS_S3_CUSTOM_DOMAIN": "media.example.test", "AWS_LOCATION": "hub/"}
    with uploads_to(environ):
        image = upload_image()
        rendition = image.get_rendition("width-100")
        rendition_url = rendition.url

    keys = stored_keys(client, name)
    assert keys == {f"hub/{image.file.name}", f"hub/{rendition.file.name}"}
    assert rendition_url == f"https://media.example.test/hub/{rendition.file.name}"
