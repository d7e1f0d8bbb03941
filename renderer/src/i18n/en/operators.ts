import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/operators';

export const operators: DeepStrings<typeof zhCN.operators> = {
  roles: {
    clerk: 'Clerk',
    supervisor: 'Supervisor',
    manager: 'Manager',
  },
  wizard: {
    title: 'First use: set up this desk',
    intro:
      "This PC has no registers yet. Fill in the property details first, then the manager's account; the manager then adds the other operators.",
    stepProfile: 'Property',
    stepManager: 'Manager account',
    stepDone: 'Done',
    managerIntro:
      'The manager manages operators and changes the property details and the fee table. Remember the PIN you set below.',
    managerName: "Manager's name",
    pin: 'PIN',
    pinConfirm: 'PIN again',
    pinMismatch: 'The two PINs differ',
    finish: 'Finish setup',
    doneTitle: 'Setup complete; the desk is ready',
    doneHint: 'Signed in as the manager “{name}”. Add clerks and supervisors later in “Operators”.',
    demoOffer:
      'First time? Load the demo estate (3 buildings, about 60 households, all marked as demo data) to try registering and issuing receipts; remove it in one click under “Settings → Demo data”.',
    demoLoad: 'Load demo estate',
    start: 'Start',
    failed: 'Setup failed: {message}',
  },
  signIn: {
    title: 'Operator sign-in',
    lockedTitle: 'Screen locked',
    lockedHint:
      '{name} locked the screen. Enter the PIN to continue, or sign in as another operator.',
    operator: 'Operator',
    operatorPlaceholder: 'Choose your name',
    pin: 'PIN',
    submit: 'Sign in',
    unlock: 'Unlock',
    chooseOperator: 'Choose an operator',
    enterPin: 'Enter the PIN',
    noOperators: 'No operator can sign in; call the manager.',
    lockedOutFor: 'Locked; try again in {time}',
  },
  errors: {
    firstRunDone: 'This PC already has operators; it cannot be set up again',
    unknownOperator: 'Operator not found or deactivated',
    approverRole: "Needs a supervisor's or manager's PIN",
    wrongPin: 'Wrong PIN; {left} tries left',
    lockedOut:
      'Too many wrong PINs; locked until {time}. Try again later or ask the manager to reset the PIN',
    lastManager: 'At least one active manager must remain',
    nameTaken: 'An operator named {name} already exists',
  },
  time: {
    minutes: '{m} min {s} s',
    seconds: '{s} s',
  },
  page: {
    title: 'Operators',
    readOnlyNotice:
      'Only a manager adds, edits or deactivates operators or resets PINs. You can change your own PIN here.',
    add: 'Add operator',
    changeOwnPin: 'Change my PIN',
    name: 'Name',
    role: 'Role',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated',
    lockedOut: 'Locked (wrong PINs)',
    createdAt: 'Added',
    edit: 'Edit',
    deactivate: 'Deactivate',
    activate: 'Activate',
    resetPin: 'Reset PIN',
    deactivateConfirm:
      'Once deactivated, {name} can no longer sign in; past records stay. Deactivate?',
    addTitle: 'Add operator',
    editTitle: 'Edit operator',
    resetPinTitle: 'Reset the PIN of {name}',
    ownPinTitle: 'Change my PIN',
    currentPin: 'Current PIN',
    newPin: 'New PIN',
    newPinConfirm: 'New PIN again',
    saved: 'Saved',
    pinReset: 'PIN reset and lockout cleared',
    pinChanged: 'PIN changed',
  },
};
