// Narrow entry for the staff side (pkg-staff): keeps the booking flow, voucher and QR code out of that subpackage.
export { useBookingStore } from './store'
export { BookingList, BookingCard } from './components/BookingList'
export { StaffBookingView } from './components/StaffBookingView'
export { AvailabilityEditor } from './components/AvailabilityEditor'
export { DoorCheckIn } from './components/DoorCheckIn'
