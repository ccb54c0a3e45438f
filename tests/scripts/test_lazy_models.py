"""The generator post-hook that makes the models package load each model on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lazy_models import rewrite

GENERATED_INIT = '''"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .vendor import Vendor

__all__ = (
    "ErrorResponse",
    "Vendor",
)
'''


def test_rewrite_keeps_every_name_for_type_checkers_and_at_run_time() -> None:
    lazy = rewrite(GENERATED_INIT)
    assert "    from .vendor import Vendor" in lazy  # under TYPE_CHECKING
    assert '"Vendor": ".vendor",' in lazy
    assert '__all__ = (\n    "ErrorResponse",\n    "Vendor",\n)' in lazy
    assert rewrite(GENERATED_INIT) == lazy  # deterministic


def test_rewrite_refuses_a_file_that_is_not_a_models_init() -> None:
    with pytest.raises(ValueError, match="not a generated models __init__"):
        rewrite('"""nothing here"""\n')


def test_the_generated_models_package_loads_models_lazily() -> None:
    code = (
        "import sys, thredfi_api.models as m\n"
        "assert 'thredfi_api.models.vendor' not in sys.modules\n"
        "from thredfi_api.models import Vendor\n"
        "assert Vendor.__name__ == 'Vendor' and m.Vendor is Vendor\n"
        "assert 'thredfi_api.models.bill' not in sys.modules\n"
        "import thredfi_api.api.bill_payments.delete_bill_payment\n"
        "assert 'thredfi_api.models.invoice' not in sys.modules\n"
        "assert 'Vendor' in dir(m)\n"
        "try:\n    m.NoSuchModel\nexcept AttributeError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "has no attribute 'NoSuchModel'" in out.stdout
