"""Machine translation backends that fail with a message instead of a server error.

wagtail-localize's translators let network errors, timeouts and unexpected API
answers escape (DeepL's errors even surface as KeyError), and its view turns them
into a 500. These subclasses raise `MachineTranslationError`, which the wrapped views
(editorial/guards.py) report to the translator. Nothing is written before
the service has answered, so segments already entered are never lost.
"""

import logging

import requests
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail_localize.machine_translators.deepl import DeepLTranslator as BaseDeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator as BaseLibreTranslator

logger = logging.getLogger(__name__)


class MachineTranslationError(Exception):
    pass


class SafeTranslateMixin:
    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        try:
            return super().translate(source_locale, target_locale, strings)
        except requests.Timeout as error:
            logger.warning("%s timed out: %s", self.display_name, error)
            raise MachineTranslationError(
                _(
                    "Le service de traduction automatique (%(name)s) ne répond pas. Réessayez plus tard ; "
                    "vos traductions déjà saisies sont conservées."
                )
                % {"name": self.display_name}
            ) from error
        except (requests.RequestException, KeyError, ValueError, TypeError) as error:
            logger.warning("%s failed: %r", self.display_name, error)
            raise MachineTranslationError(
                _(
                    "Le service de traduction automatique (%(name)s) est indisponible ou a renvoyé une erreur. "
                    "Réessayez plus tard ; vos traductions déjà saisies sont conservées."
                )
                % {"name": self.display_name}
            ) from error


class LibreTranslator(SafeTranslateMixin, BaseLibreTranslator):
    pass


class DeepLTranslator(SafeTranslateMixin, BaseDeepLTranslator):
    pass


@task()
def machine_translate(translation_id, user_id):
    """Fills a translation's untranslated segments from the service, out of the translator's request.

    A service that is down raises `MachineTranslationError`: the call is retried with backoff.
    """
    from django.contrib.auth import get_user_model
    from wagtail_localize.machine_translators import get_machine_translator
    from wagtail_localize.views.edit_translation import apply_machine_translation

    translator = get_machine_translator()
    user = get_user_model().objects.filter(pk=user_id).first()
    if translator is None or user is None:
        return False
    return bool(apply_machine_translation(translation_id, user, translator))
