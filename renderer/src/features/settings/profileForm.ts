import {
  propertyProfileSchema,
  type PropertyKind,
  type PropertyProfile,
} from '@shared/domain/departments';
import { formSchemaFor } from './formSchema';

/** The profile as a form edits it: every text field a string ('' for none). */
export interface ProfileForm {
  name: string;
  kind: PropertyKind;
  address: string;
  phone: string;
  stampText: string;
  logoDataUrl: string;
}

/** Checked by the domain schema; its Chinese messages show at the fields. */
export const profileFormSchema = formSchemaFor<ProfileForm>(propertyProfileSchema);

export const EMPTY_PROFILE_FORM: ProfileForm = {
  name: '',
  kind: 'residential',
  address: '',
  phone: '',
  stampText: '',
  logoDataUrl: '',
};

export function toProfileForm(p: PropertyProfile): ProfileForm {
  return {
    name: p.name,
    kind: p.kind,
    address: p.address,
    phone: p.phone ?? '',
    stampText: p.stampText,
    logoDataUrl: p.logoDataUrl ?? '',
  };
}
